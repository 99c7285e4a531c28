def log = new File(basedir, 'build.log').text

assert log.contains("[WARNING] src/main/java/com/acme/Experiments.java:[15,22] dynamic-key: the flag key 'name' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time, so it cannot be checked; use a string literal or a static final String constant")
assert log.contains("[WARNING] src/main/java/com/acme/Experiments.java:[19,22] dynamic-key: the flag key '\"prefix-\" + id' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time (pattern 'prefix-*' matches no declared flag), so it cannot be checked; use a string literal or a static final String constant")
assert log.contains("[WARNING] src/main/java/com/acme/Experiments.java:[23,22] dynamic-key: the flag key 'PREFIX + \"new-checkout\".substring(7)' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time (pattern 'prefix-*' matches no declared flag), so it cannot be checked; use a string literal or a static final String constant")
assert log.count(' dynamic-key: ') == 3
assert !log.contains('[ERROR]')
assert log.contains("[INFO] flag-lint: 0 errors, 3 warnings; 4 call sites of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.expression}".toString() } == [
    '15:22 null name',
    '19:22 null "prefix-" + id',
    '23:22 null PREFIX + "new-checkout".substring(7)',
    '23:79 new-checkout "new-" + "checkout"',
]
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.line}".toString() } == [
    'dynamic-key warning null 15',
    'dynamic-key warning null 19',
    'dynamic-key warning null 23',
]
return true
