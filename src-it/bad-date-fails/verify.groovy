def log = new File(basedir, 'build.log').text

// The example date in the hint comes from the machine's clock (not from <today>), so it is matched as a pattern.
def line = ~/(?m)^\[ERROR\] flags\.yaml:\[5,14\] invalid-metadata: flag 'new-checkout': 'expires' expected an ISO-8601 date \(YYYY-MM-DD\), got '2026-13-01'; the day it should be gone, e\.g\. 'expires: \d{4}-\d{2}-\d{2}', or 'permanent: true' for a kill switch or ops toggle$/
assert log =~ line
assert log.count('[ERROR] flags.yaml') == 1
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in bad-date-fails")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.file}:${it.line}:${it.column}".toString() } == [
    'invalid-metadata error new-checkout flags.yaml:5:14',
]
return true
