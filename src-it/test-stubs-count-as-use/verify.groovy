def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] src/test/java/com/acme/shop/CheckoutTest.java:[24,23] undeclared: flag 'new-chekout' is not declared in flags.yaml; did you mean 'new-checkout'? Otherwise declare it there with owner, created, expires and ticket")
assert log.contains("[WARNING] flags.yaml:[22,3] unused: flag 'legacy-banner' is declared but never evaluated in module test-stubs-count-as-use (owner web-team, ticket WEB-4); remove it from the flags file if it is no longer needed")
assert log.count(' unused: ') == 1 // dark-mode is stubbed, payments.* are what envFlags.isEnabled("payments") can be
assert log.count(' dynamic-key: ') == 0 // anyString() stubs every key; "payments" is known, the environment is added by the wrapper
assert log.contains("[INFO] flag-lint: 1 error, 1 warning; 6 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD FAILURE")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.file.tokenize('/').last()}:${it.line}:${it.column} ${it.key} ${it.resolution} ${it.pattern} ${it.kind}".toString() } == [
    'Checkout.java:15:35 null affixed payments.* call',
    'Checkout.java:16:22 new-checkout literal null call',
    'CheckoutTest.java:18:20 null any null stub',
    'CheckoutTest.java:19:20 new-checkout literal null stub',
    'CheckoutTest.java:20:20 dark-mode constant null stub',
    'CheckoutTest.java:24:23 new-chekout literal null verification',
]
assert report.wrappers.collect { "${it.api} ${it.keyArgument} ${it.keyTemplate}".toString() } == [
    'com.acme.shop.EnvFlags#isEnabled 0 {key}.*',
]
return true
