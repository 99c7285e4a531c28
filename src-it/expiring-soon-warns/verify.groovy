def log = new File(basedir, 'build.log').text

def sale = "[WARNING] src/main/java/com/acme/Shop.java:[13,30] expiring-soon: flag 'summer-sale' expires on 2026-05-01, today (owner marketing, ticket MKT-5); plan its removal, or move 'expires' if it must stay longer"
def checkout = "[WARNING] src/main/java/com/acme/Shop.java:[14,34] expiring-soon: flag 'new-checkout' expires on 2026-05-10, in 9 days (owner payments-team, ticket PAY-1234); plan its removal, or move 'expires' if it must stay longer"
def search = "[WARNING] src/main/java/com/acme/Shop.java:[15,32] expiring-soon: flag 'search-v2' expires on 2026-05-15, in 14 days (owner search-team, ticket SRCH-9); plan its removal, or move 'expires' if it must stay longer"
def dark = "[WARNING] src/main/java/com/acme/Shop.java:[16,30] expiring-soon: flag 'dark-mode' expires on 2026-05-25, in 24 days (owner web-team, ticket WEB-77); plan its removal, or move 'expires' if it must stay longer"

// build.log holds the three runs, one after the other
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 3

def first = runs[0]
[sale, checkout, search].each { assert first.contains(it) }
assert !first.contains("'dark-mode'")
assert first.contains("[INFO] flag-lint: 0 errors, 3 warnings; 4 call sites of 4 flags (report: target/flag-lint/flag-lint.json)")
assert first.contains("BUILD SUCCESS")

// -Dflag-lint.warnDays=30, then the older -Dflaglint.warnDays=30: the same
runs[1..2].each { run ->
    [sale, checkout, search, dark].each { assert run.contains(it) }
    assert run.contains("[INFO] flag-lint: 0 errors, 4 warnings; 4 call sites of 4 flags (report: target/flag-lint/flag-lint.json)")
    assert run.contains("BUILD SUCCESS")
    assert !run.contains("is not a parameter of flag-lint")
}

assert !log.contains('[ERROR]')
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

// the report is the last run's
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.line}".toString() } == [
    'expiring-soon warning summer-sale 13',
    'expiring-soon warning new-checkout 14',
    'expiring-soon warning search-v2 15',
    'expiring-soon warning dark-mode 16',
]
return true
