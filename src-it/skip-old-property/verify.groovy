def log = new File(basedir, 'build.log').text

assert log.contains("[INFO] flag-lint: skipped (skip is true)")
assert !log.contains('expired:')
assert !log.contains('[ERROR]')
assert !log.contains("flag-lint: 1 error")
assert log.contains("BUILD SUCCESS")
assert !new File(basedir, 'target/flag-lint/flag-lint.json').exists()
return true
