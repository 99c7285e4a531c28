def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] src/main/java/com/acme/shop/Checkout.java:[18,40] dynamic-key: the flag key 'String.format(\"stages.%s.enabled\", stage)' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time (pattern 'stages.*.enabled' matches stages.payment.enabled, stages.shipping.enabled), so it cannot be checked; use a string literal or a static final String constant")
assert log.contains("[WARNING] src/main/java/com/acme/shop/Checkout.java:[23,22] dynamic-key: the flag key 'EXPERIMENT_PREFIX + name' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time (pattern 'exp.*' matches exp.blue-button, exp.free-shipping), so it cannot be checked; use a string literal or a static final String constant")
assert log.count(' dynamic-key: ') == 2
// the flags a pattern matches count as used; only the one no pattern matches is unused
assert log.contains("[WARNING] flags.yaml:[22,3] unused: flag 'stages-overview' is declared but never evaluated in module dynamic-key-pattern (owner web-team, ticket WEB-4); remove it from the flags file if it is no longer needed")
assert log.count(' unused: ') == 1
assert !log.contains('[ERROR]')
assert log.contains("[INFO] flag-lint: 0 errors, 3 warnings; 2 call sites of 0 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.resolution} ${it.pattern}".toString() } == [
    '18:40 null dynamic stages.*.enabled',
    '23:22 null dynamic exp.*',
]
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.line}".toString() } == [
    'unused warning stages-overview 22',
    'dynamic-key warning null 18',
    'dynamic-key warning null 23',
]
return true
