def log = new File(basedir, 'build.log').text

// line 5 is indented one space less than its siblings
assert log.contains("[ERROR] flags.yaml:[5,4] invalid-metadata: not valid YAML: expected <block end>, but found '<block mapping start>' (usually wrong indentation: indent each flag's fields by the same spaces under its key, no tabs); fix the syntax at this line")
assert log.count('[ERROR] flags.yaml') == 1
assert !log.contains(' undeclared: ') // the keys cannot be known: no noise about every call site
assert !log.contains('[WARNING]')
assert log.contains("[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in yaml-syntax-error-fails")
assert !log.contains('JsonProcessingException') && !log.contains('MarkedYAMLException')
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.findings.collect { "${it.rule} ${it.severity} ${it.file}:${it.line}:${it.column}".toString() } == [
    'invalid-metadata error flags.yaml:5:4',
]
return true
