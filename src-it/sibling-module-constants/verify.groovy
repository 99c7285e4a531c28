def log = new File(basedir, 'build.log').text

// the expired flag is reached through module keys' constant Keys.BANNER; the error is app's, with app's path
assert log.contains("[ERROR] src/main/java/com/acme/app/Storefront.java:[26,19] expired: flag 'old-banner' expired on 2026-04-15 (owner web-team, ticket WEB-12); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert log.count('[ERROR] src/') == 1
assert !log.contains('[WARNING]') // every key resolved (no dynamic-key), every flag used (no unused)
assert !log.contains("'new-banner' expired") // Keys.Nested.BANNER is not Keys.BANNER

def sections = log.split(/(?=\[INFO\] --- flag-lint:)/)
def section = { String module -> sections.find { it.contains(":check (default) @ ${module} ---") } }
assert section('shop').contains("[INFO] flag-lint: 0 errors, 0 warnings; 0 call sites of 0 flags (report: target/flag-lint/flag-lint.json)")
assert section('keys').contains("[INFO] flag-lint: 0 errors, 0 warnings; 0 call sites of 0 flags (report: target/flag-lint/flag-lint.json)")
assert section('app').contains("[INFO] flag-lint: 1 error, 0 warnings; 4 call sites of 4 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("flag-lint found 1 error in app")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def slurp = { String dir -> new groovy.json.JsonSlurper().parse(new File(basedir, dir + 'target/flag-lint/flag-lint.json')) }
def app = slurp('app/')
assert app.flagsFile == '../flags.yaml'
assert app.callSites.collect { "${it.file}:${it.line}:${it.column} ${it.key} ${it.expression} ${it.resolution}".toString() } == [
    'src/main/java/com/acme/app/Storefront.java:17:19 new-checkout Keys.NEW_CHECKOUT constant',
    'src/main/java/com/acme/app/Storefront.java:20:19 search.v2 SEARCH_V2 constant',
    'src/main/java/com/acme/app/Storefront.java:23:19 new-banner Keys.Nested.BANNER constant',
    'src/main/java/com/acme/app/Storefront.java:26:19 old-banner Keys.BANNER constant',
]
assert app.findings.collect { "${it.rule} ${it.flag} ${it.file}:${it.line}".toString() } == [
    'expired old-banner src/main/java/com/acme/app/Storefront.java:26',
]
// the root owns flags.yaml and saw app's uses: nothing unused
def root = slurp('')
assert root.callSites == []
assert root.findings == []
assert slurp('keys/').findings == []
return true
