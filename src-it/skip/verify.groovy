def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 2

// -Dflag-lint.skip=true, then -Dflaglint.skip=true: both skip
runs.each { run ->
    assert run.contains("[INFO] flag-lint: skipped (skip is true)")
    assert !run.contains('expired:')
    assert !run.contains('[ERROR]')
    assert !run.contains("is not a parameter of flag-lint")
    assert run.contains("BUILD SUCCESS")
}
assert !new File(basedir, 'target/flag-lint/flag-lint.json').exists()
return true
