def log = new File(basedir, 'build.log').text

assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 0 call sites of 0 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings == []
return true
