def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] flags.yaml:[7,3] unused: flag 'old-banner' is declared but never evaluated in module unused-flag-warns (owner web-team, ticket WEB-12); remove it from the flags file if it is no longer needed")
assert log.count(' unused: ') == 1
assert !log.contains('[ERROR]')
assert log.contains("[INFO] flag-lint: 0 errors, 1 warning; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings.size() == 1
def f = report.findings[0]
assert [f.rule, f.severity, f.flag, f.file, f.line, f.column] == ['unused', 'warning', 'old-banner', 'flags.yaml', 7, 3]
return true
