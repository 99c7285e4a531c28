def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 2

def reactor = runs[0]
assert reactor.contains("[ERROR] services/orders/src/main/java/com/acme/orders/Orders.java:[13,22] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert reactor.contains("[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: services/orders/target/flag-lint/flag-lint.json)")
assert reactor.contains("flag-lint found 1 error in orders: fix the lines above (report: services/orders/target/flag-lint/flag-lint.json)")
assert new File(basedir, 'services/orders/src/main/java/com/acme/orders/Orders.java').isFile() // the printed path opens from here

// the JSON report keeps paths relative to the module
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'services/orders/target/flag-lint/flag-lint.json'))
assert report.findings.collect { it.file } == ['src/main/java/com/acme/orders/Orders.java']

assert runs[1].contains("flag-lint displayPaths is module or reactor, not 'modul'")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
