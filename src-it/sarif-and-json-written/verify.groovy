import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] flags.yaml:[7,3] unused: flag 'forgotten' is declared but never evaluated in module sarif-and-json-written (owner growth, ticket GROW-1); remove it from the flags file if it is no longer needed")
assert log.contains("[WARNING] src/main/java/com/acme/Checkout.java:[13,22] expiring-soon: flag 'new-checkout' expires on 2026-05-10, in 9 days (owner payments-team, ticket PAY-1234); plan its removal, or move 'expires' if it must stay longer")
assert log.contains("[INFO] flag-lint: 0 errors, 2 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^::/) // not on GitHub Actions: no workflow commands
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def json = new JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert json.findings*.rule == ['unused', 'expiring-soon']
assert json.summary.warnings == 2

def sarif = new JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs.size() == 1
def driver = sarif.runs[0].tool.driver
assert driver.name == 'flag-lint'
assert driver.version ==~ /\d+\.\d+\.\d+.*/
assert driver.rules*.id.containsAll(['expired', 'undeclared', 'missing-metadata', 'invalid-metadata', 'expiring-soon', 'unused', 'dynamic-key'])
def results = sarif.runs[0].results
assert results*.ruleId == ['unused', 'expiring-soon']
assert results*.level == ['warning', 'warning']
def soon = results[1]
assert driver.rules[soon.ruleIndex].id == 'expiring-soon'
assert soon.message.text.startsWith("flag 'new-checkout' expires on 2026-05-10, in 9 days")
def location = soon.locations[0].physicalLocation
// relative to the repository root (the git root above this IT), never absolute
assert location.artifactLocation.uri.endsWith('sarif-and-json-written/src/main/java/com/acme/Checkout.java')
assert !location.artifactLocation.uri.startsWith('/')
assert location.artifactLocation.uriBaseId == '%SRCROOT%'
assert location.region.startLine == 13
assert location.region.startColumn == 22
return true
