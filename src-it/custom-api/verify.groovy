def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/web/Page.java:[19,21] undeclared: flag 'y' is not declared in flags.yaml; did you mean 'x'? Otherwise declare it there with owner, created, expires and ticket")
assert log.count('[ERROR] src/') == 1
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in custom-api")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.api}".toString() } == [
    '16:21 x com.acme.FeatureToggles#isOn',
    '19:21 y com.acme.FeatureToggles#isOff',
    '25:22 new-checkout dev.flaglint.runtime.FeatureFlags#isEnabled',
]
assert report.findings*.rule == ['undeclared']
return true
