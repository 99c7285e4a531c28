def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[17,22] undeclared: flag 'new-chekout' is not declared in flags.yaml; did you mean 'new-checkout'? Otherwise declare it there with owner, created, expires and ticket")
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[21,22] undeclared: flag 'free-shipping' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
assert log.count(' undeclared: ') == 2
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 2 errors, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 2 errors in undeclared-flag-fails: fix the lines above (report: target/flag-lint/flag-lint.json), or set -Dflag-lint.failOnViolation=false to report without failing")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites*.key == ['new-checkout', 'new-chekout', 'free-shipping']
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.file}:${it.line}".toString() } == [
    'undeclared error new-chekout src/main/java/com/acme/Checkout.java:17',
    'undeclared error free-shipping src/main/java/com/acme/Checkout.java:21',
]
return true
