def log = new File(basedir, 'build.log').text

assert log.contains("--- flag-lint:") && log.contains(":check (default-cli) @ cli-goal ---")
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[13,22] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[17,22] undeclared: flag 'express-checkout' is not declared in src/main/resources/flags.yaml; declare it there with owner, created, expires and ticket")
assert log.contains("[WARNING] src/main/resources/flags.yaml:[7,3] unused: flag 'old-banner' is declared but never evaluated in module cli-goal (owner web-team, ticket WEB-12); remove it from the flags file if it is no longer needed")
assert log.contains("[INFO] flag-lint: 2 errors, 1 warning; 2 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 2 errors in cli-goal")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.flagsFile == 'src/main/resources/flags.yaml'
assert report.today == '2026-05-01'
assert report.findings.collect { "${it.rule} ${it.file}:${it.line}".toString() } == [
    'expired src/main/java/com/acme/Checkout.java:13',
    'undeclared src/main/java/com/acme/Checkout.java:17',
    'unused src/main/resources/flags.yaml:7',
]
return true
