def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/shop/web/CheckoutController.java:[24,32] expired: flag 'legacy-tax-engine' expired on 2026-03-31 (owner payments-team, ticket PAY-900); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
// the call is split over lines: the position is the method name's, on the line after the receiver
assert log.contains("[ERROR] src/main/java/com/acme/shop/web/CheckoutController.java:[26,18] undeclared: flag 'one-click-buy' is not declared in flags.yaml; declare it there with owner, created, expires and ticket")
assert log.count('[ERROR] src/') == 2
// ShopConfig#getBooleanValue / #getStringValue share OpenFeature's method names but are not flag calls
assert !log.contains("cache.enabled")
assert !log.contains("ui.theme")
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 2 errors, 0 warnings; 5 call sites of 5 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 2 errors in openfeature-preset")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.resolution} ${it.api} ${it.origin}".toString() } == [
    '19:20 new-checkout constant dev.openfeature.sdk.Client#getBooleanValue openfeature',
    '22:55 checkout.banner-text constant dev.openfeature.sdk.Client#getStringDetails openfeature',
    '23:31 max-cart-items literal dev.openfeature.sdk.Client#getIntegerValue openfeature',
    '24:32 legacy-tax-engine literal dev.openfeature.sdk.Client#getBooleanValue openfeature',
    '26:18 one-click-buy literal dev.openfeature.sdk.Client#getBooleanDetails openfeature',
]
assert report.callSites*.file.unique() == ['src/main/java/com/acme/shop/web/CheckoutController.java']
assert report.wrappers == []
assert report.findings.collect { "${it.rule} ${it.flag} ${it.line}".toString() } == [
    'expired legacy-tax-engine 24',
    'undeclared one-click-buy 26',
]
return true
