def log = new File(basedir, 'build.log').text

// the root owns config/flags.yaml (the closest checked module above it): it reports the flag nobody uses, once, naming every module scanned
assert log.contains("[WARNING] config/flags.yaml:[12,3] unused: flag 'old-banner' is declared but never evaluated in modules shop-configured, a, b (owner web-team, ticket WEB-12); remove it from the flags file if it is no longer needed")
assert log.count(' unused: ') == 1
// search-v2 is used only in b, new-checkout only in a: neither is unused
assert !log.contains("unused: flag 'search-v2'")
assert !log.contains("unused: flag 'new-checkout'")
// a call-site finding in module a: path relative to module a
assert log.contains("[WARNING] src/main/java/com/acme/a/Checkout.java:[13,22] expiring-soon: flag 'new-checkout' expires on 2026-05-10, in 9 days (owner payments-team, ticket PAY-1234); plan its removal, or move 'expires' if it must stay longer")
assert log.count(' expiring-soon: ') == 1

def sections = log.split(/(?=\[INFO\] --- flag-lint:)/)
def section = { String module -> sections.find { it.contains(":check (default) @ ${module} ---") } }
assert section('shop-configured').contains("[INFO] flag-lint: 0 errors, 1 warning; 0 call sites of 0 flags (report: target/flag-lint/flag-lint.json)")
assert section('a').contains("[INFO] flag-lint: 0 errors, 1 warning; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert section('b').contains("[INFO] flag-lint: 0 errors, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert !log.contains('[ERROR]')
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def slurp = { String dir -> new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/flag-lint/flag-lint.json')) }
def root = slurp('')
assert root.flagsFile == 'config/flags.yaml'
assert root.callSites == []
assert root.findings.collect { "${it.rule} ${it.flag} ${it.file}:${it.line}".toString() } == ['unused old-banner config/flags.yaml:12']
def a = slurp('a/')
assert a.flagsFile == '../config/flags.yaml'
assert a.callSites.collect { "${it.file}:${it.line} ${it.key}".toString() } == ['src/main/java/com/acme/a/Checkout.java:13 new-checkout']
assert a.findings*.rule == ['expiring-soon']
def b = slurp('b/')
assert b.flagsFile == '../config/flags.yaml'
assert b.callSites.collect { "${it.file}:${it.line} ${it.key}".toString() } == ['src/main/java/com/acme/b/Search.java:13 search-v2']
assert b.findings == []
return true
