def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 3
runs.each { assert it.contains("BUILD SUCCESS") }

// 1: the goals
def goals = runs[0]
['flag-lint:add-resource', 'flag-lint:baseline', 'flag-lint:check', 'flag-lint:help', 'flag-lint:init',
 'flag-lint:remove', 'flag-lint:report'].each {
    assert goals.contains(it)
}
assert goals.contains("This plugin has 7 goals:")
assert goals.contains("  Checks every flag call in the module's sources against the flags file")

// 2: check's parameters, for users: the property, the meaning, the XML example as written
def detail = runs[1]
assert detail.contains("    skip (Default: \${flaglint.skip})\n      Skips flag-lint: the goal does nothing. Default: false.\n      User property: flag-lint.skip")
assert detail.contains("<severities><unused>error</unused><dynamic-key>off</dynamic-key></severities>")
assert detail.contains("<apis><api><type>com.acme.FeatureToggles</type><methods>isOn,isOff</methods><keyArgument>0</keyArgument></api></apis>")
assert !detail.contains("LintRequest") && !detail.contains("dev.flaglint.lint")

// 3: help:describe, which reads descriptions as HTML, keeps the examples too
def describe = runs[2]
assert describe.contains("flag-lint:check")
assert describe.contains("<severities><unused>error</unused><dynamic-key>off</dynamic-key></severities>")
assert describe.contains("User property: flag-lint.warnDays")
assert !describe.contains("LintRequest")
return true
