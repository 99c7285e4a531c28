def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[18,22] type-mismatch: flag 'checkout-button' is a string flag (variants control: \"blue\", green: \"green\", orange: \"orange\"), but isEnabled reads it as a boolean, so it always gets the default it passes; read it as a string, or change the flag's variants")
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[22,22] type-mismatch: flag 'new-checkout' is a boolean flag (variants on: true, off: false), but stringValue reads it as a string, so it always gets the default it passes; read it as a boolean, or change the flag's variants")
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[26,22] type-mismatch: flag 'checkout-button' is a string flag (variants control: \"blue\", green: \"green\", orange: \"orange\"), but value reads it as an int, so it always gets the default it passes; read it as a string, or change the flag's variants")
assert log.count(' type-mismatch: ') == 3
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 3 errors, 0 warnings; 7 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 3 errors in type-mismatch-fails: fix the lines above (report: target/flag-lint/flag-lint.json), or set -Dflag-lint.failOnViolation=false to report without failing")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line} ${it.key} ${it.api}".toString() } == [
    '14 checkout-button dev.flaglint.runtime.Flags#stringValue',
    '18 checkout-button dev.flaglint.runtime.Flags#isEnabled',
    '22 new-checkout dev.flaglint.runtime.Flags#stringValue',
    '26 checkout-button dev.flaglint.runtime.Flags#value',
    '30 checkout-button dev.flaglint.runtime.Flags#variant',
    '30 new-checkout dev.flaglint.runtime.Flags#evaluate',
    '34 new-checkout dev.flaglint.runtime.Flags#isEnabled',
]
assert report.findings.collect { "${it.rule} ${it.severity} ${it.flag} ${it.file}:${it.line}".toString() } == [
    'type-mismatch error checkout-button src/main/java/com/acme/Checkout.java:18',
    'type-mismatch error new-checkout src/main/java/com/acme/Checkout.java:22',
    'type-mismatch error checkout-button src/main/java/com/acme/Checkout.java:26',
]
return true
