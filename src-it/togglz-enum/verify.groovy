def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/shop/CheckoutService.java:[19,51] undeclared: flag 'ONE_CLICK_BUY' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
assert log.count('[ERROR] src/') == 1
assert !log.contains('[WARNING]') // NEW_CHECKOUT and DARK_MODE are declared by constant name and used
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 4 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in togglz-enum")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.expression} ${it.resolution} ${it.api} ${it.origin}".toString() } == [
    '15:28 NEW_CHECKOUT Features.NEW_CHECKOUT enum-name org.togglz.core.manager.FeatureManager#isActive togglz',
    '18:34 DARK_MODE DARK_MODE enum-name org.togglz.core.Feature#isActive togglz',
    '19:51 ONE_CLICK_BUY Features.ONE_CLICK_BUY enum-name org.togglz.core.Feature#isActive togglz',
    '20:50 DARK_MODE DARK_MODE enum-name org.togglz.core.manager.FeatureManager#isActive togglz',
]
assert report.findings.collect { "${it.rule} ${it.flag} ${it.line}".toString() } == ['undeclared ONE_CLICK_BUY 19']
return true
