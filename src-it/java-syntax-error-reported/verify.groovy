def log = new File(basedir, 'build.log').text

// Broken.java line 7: "if (flags.isEnabled("new-checkout") {" lacks a ')'
assert log.contains('[WARNING] src/main/java/com/acme/Broken.java:[7,43] parse-error: cannot parse this file (Parse error. Found "{"); its flag calls were not checked. Fix the syntax error; the other files were checked')
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[13,22] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("[INFO] flag-lint: 1 error, 1 warning; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("[INFO] flag-lint: scanned 2 files in ")
assert log.contains("flag-lint found 1 error in java-syntax-error-reported")
assert !log.contains('ParseProblemException')
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.file}:${it.line}".toString() } == ['src/main/java/com/acme/Checkout.java:13']
assert report.findings.collect { "${it.rule} ${it.severity} ${it.file}:${it.line}:${it.column}".toString() } == [
    'parse-error warning src/main/java/com/acme/Broken.java:7:43',
    'expired error src/main/java/com/acme/Checkout.java:13:22',
]
return true
