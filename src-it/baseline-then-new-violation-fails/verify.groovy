import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1. flag-lint:baseline records today's three findings
assert log.contains("[INFO] flag-lint: wrote flag-lint-baseline.json with 3 findings (1 expired, 1 undeclared, 1 unused); commit it. flag-lint:check now reports these as info and fails only on new findings")
def baseline = new JsonSlurper().parse(new File(basedir, 'flag-lint-baseline.json'))
assert baseline.findings.collect { "${it.rule} ${it.flag} ${it.file}" } == [
        'unused forgotten flags.yaml',
        'expired new-checkout src/main/java/com/acme/Checkout.java',
        'undeclared legacy-promo src/main/java/com/acme/Legacy.java']

// 2. verify: the accepted findings are info, marked as baselined...
assert log.contains("[INFO] flags.yaml:[7,3] unused: (baselined) flag 'forgotten' is declared but never evaluated in module baseline-then-new-violation-fails (owner growth, ticket GROW-1); remove it from the flags file if it is no longer needed")
assert log.contains("[INFO] src/main/java/com/acme/Checkout.java:[13,22] expired: (baselined) flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.contains("[INFO] src/main/java/com/acme/Legacy.java:[13,22] undeclared: (baselined) flag 'legacy-promo' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
// ...and only the new violation fails the build
assert log.contains("[ERROR] src/test/java/com/acme/NewBannerTest.java:[9,22] undeclared: flag 'new-banner' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("[INFO] flag-lint: 3 findings accepted by flag-lint-baseline.json (shown as info); only new findings fail the build")
assert log.contains("flag-lint found 1 error in baseline-then-new-violation-fails")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def sarif = new JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.sarif'))
assert sarif.runs[0].results.collect { "${it.ruleId} ${it.level} ${it.baselineState}" } == [
        'unused note unchanged', 'expired note unchanged', 'undeclared note unchanged', 'undeclared error new']
return true
