def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/web/CheckoutController.java:[7,22] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in inherited-field-call-site")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.file}:${it.line}:${it.column} ${it.key}".toString() } == [
    'src/main/java/com/acme/web/CheckoutController.java:7:22 new-checkout',
]
assert report.findings*.rule == ['expired']
return true
