import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// the expired call in LegacyCheckout (class-level flag-lint:expired) and the dynamic key in
// Experiments.isOn (method-level flag-lint) are suppressed...
assert !log.contains(" expired: ")
assert !log.contains(" dynamic-key: ")
// ...but a suppression names its rule: expiring-soon is still reported in Experiments.soon
assert log.contains("[WARNING] src/main/java/com/acme/Experiments.java:[19,22] expiring-soon: flag 'soon-flag' expires on 2026-05-10, in 9 days (owner growth, ticket GROW-2); plan its removal, or move 'expires' if it must stay longer")
assert log.contains("[INFO] flag-lint: 0 errors, 1 warning; 3 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def json = new JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert json.callSites.size() == 3 // suppressed call sites are still call sites (old-flag is not 'unused')
assert json.findings*.rule == ['expiring-soon']
return true
