def log = new File(basedir, 'build.log').text
// build.log holds both invocations: 1 = verify (fails), 2 = verify -X -Dflag-lint.failOnViolation=false
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 2
def plain = runs[0]
def debug = runs[1]

def expired = "[ERROR] src/main/java/com/acme/shop/web/CheckoutController.java:[18,28] expired: flag 'express-shipping' expired on 2026-04-15 (owner logistics-team, ticket LOG-42); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer"
assert plain.contains(expired) // at the caller's line, through the FlagService interface
assert plain.count('[ERROR] src/') == 1
// the call inside the wrapper is no dynamic key, and nothing is unused
assert !plain.contains('[WARNING]')
assert !plain.contains('LaunchDarklyFlagService.java:[')
assert plain.contains("[INFO] flag-lint: 1 error, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert plain.contains("flag-lint found 1 error in wrapper-detected")
assert !(plain =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

// -X names the detected wrapper
assert debug.contains("[DEBUG] flag-lint: com.acme.shop.flags.LaunchDarklyFlagService#isFeatureEnabled (key argument 0) wraps com.launchdarkly.sdk.server.LDClient, at src/main/java/com/acme/shop/flags/LaunchDarklyFlagService.java:17")
assert debug.contains(expired)
assert debug.contains("BUILD SUCCESS")

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.file}:${it.line}:${it.column} ${it.key} ${it.resolution} ${it.api} ${it.origin}".toString() } == [
    'src/main/java/com/acme/shop/web/CheckoutController.java:15:25 new-checkout literal com.acme.shop.flags.FlagService#isFeatureEnabled wrapper',
    'src/main/java/com/acme/shop/web/CheckoutController.java:18:28 express-shipping constant com.acme.shop.flags.FlagService#isFeatureEnabled wrapper',
    'src/main/java/com/acme/shop/web/SearchController.java:13:22 search-v2 literal com.acme.shop.flags.LaunchDarklyFlagService#isFeatureEnabled wrapper',
]
assert report.wrappers.size() == 1
def w = report.wrappers[0]
assert w.api == 'com.acme.shop.flags.LaunchDarklyFlagService#isFeatureEnabled'
assert w.keyArgument == 0
assert w.wraps.startsWith('com.launchdarkly.sdk.server.LDClient#') && w.wraps.contains('boolVariation')
assert "${w.file}:${w.line}" == 'src/main/java/com/acme/shop/flags/LaunchDarklyFlagService.java:17'
assert report.findings.collect { "${it.rule} ${it.flag} ${it.line}".toString() } == ['expired express-shipping 18']
return true
