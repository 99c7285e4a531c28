def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] flags.yaml:[2,3] missing-metadata: flag 'new-checkout': 'owner' missing; add the team or person who owns it, e.g. 'owner: payments-team'")
assert log.count('[ERROR] flags.yaml') == 1
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in missing-owner-fails")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.file}:${it.line}:${it.column}".toString() } == [
    'missing-metadata error new-checkout flags.yaml:2:3',
]
return true
