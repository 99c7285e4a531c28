def log = new File(basedir, 'build.log').text

assert !log.contains('[ERROR]')
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 5 call sites of 4 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("[INFO] flag-lint: scanned 5 files in ")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings == []
assert report.summary.errors == 0 && report.summary.warnings == 0 && report.summary.callSites == 5
assert report.callSites.collect { "${it.file}:${it.line}:${it.column} ${it.key} ${it.api} test=${it.test}".toString() } == [
    'src/main/java/com/acme/Checkout.java:15:22 new-checkout dev.flaglint.runtime.FeatureFlags#isEnabled test=false',
    'src/main/java/com/acme/Checkout.java:19:22 dark-mode dev.flaglint.runtime.FeatureFlags#isEnabled test=false',
    'src/main/java/com/acme/Search.java:15:22 search-v2 dev.flaglint.runtime.FeatureFlags#evaluate test=false',
    'src/main/java/com/acme/web/Banner.java:15:22 beta-banner dev.flaglint.runtime.FeatureFlags#isEnabled test=false',
    'src/test/java/com/acme/CheckoutTest.java:7:22 new-checkout dev.flaglint.runtime.FeatureFlags#isEnabled test=true',
]
assert report.callSites*.expression == ['"new-checkout"', 'DARK_MODE', 'FlagKeys.SEARCH_V2', 'BETA_BANNER', '"new-checkout"']
return true
