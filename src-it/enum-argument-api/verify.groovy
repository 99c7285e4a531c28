def log = new File(basedir, 'build.log').text

assert log.contains("[ERROR] src/main/java/com/acme/web/Page.java:[22,24] undeclared: flag 'feature_z' is not declared in flags.yaml; did you mean 'feature_x'? Otherwise declare it there with owner, created, expires and ticket")
assert log.count('[ERROR] src/') == 1
assert !log.contains('[WARNING]') // feature_x and feature_y are used, through their enum constants
assert !log.contains("'FEATURE_") // never the constant's name
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in enum-argument-api")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.line}:${it.column} ${it.key} ${it.expression} ${it.resolution} ${it.api} ${it.origin}".toString() } == [
    '16:21 feature_x Feature.FEATURE_X enum-argument com.acme.flags.FeatureToggles#isOn config',
    '19:21 feature_y FEATURE_Y enum-argument com.acme.flags.FeatureToggles#isOn config',
    '22:24 feature_z Feature.FEATURE_Z enum-argument com.acme.flags.FeatureToggles#isOn config',
]
assert report.findings.collect { "${it.rule} ${it.flag} ${it.line}".toString() } == ['undeclared feature_z 22']
return true
