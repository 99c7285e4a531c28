def log = new File(basedir, 'build.log').text

// build.log holds the three runs: -T 4, serial, -T 4 again (from the index)
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 3

// Threads interleave lines, so each run's finding and summary lines are compared as sorted lists.
def findings = { String run -> run.readLines().findAll { it =~ /^\[(ERROR|WARNING)\] \S+:\[\d+,\d+\] [a-z-]+: / }.sort() }
def summaries = { String run ->
    run.readLines().findAll { it.startsWith('[INFO] flag-lint: ') && !it.contains(' scanned ') }
            .collect { it.replaceAll(/target\/flag-lint-(parallel|serial)\//, 'target/DIR/') }.sort()
}
def expectedFindings = [
    "[WARNING] flags.yaml:[22,3] unused: flag 'old-banner' is declared but never evaluated in modules platform, core, web, batch, api (owner web-team, ticket WEB-12); remove it from the flags file if it is no longer needed",
    "[ERROR] src/main/java/com/acme/batch/Export.java:[13,21] expired: flag 'nightly-export' expired on 2026-04-30 (owner data-team, ticket DATA-3); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer",
    "[WARNING] src/main/java/com/acme/web/Storefront.java:[17,21] expiring-soon: flag 'new-checkout' expires on 2026-05-10, in 9 days (owner payments-team, ticket PAY-1234); plan its removal, or move 'expires' if it must stay longer",
    "[ERROR] src/main/java/com/acme/web/Storefront.java:[20,19] undeclared: flag 'web-undeclared' is not declared in ../flags.yaml; declare it there with owner, created, expires and ticket",
    "[WARNING] src/main/java/com/acme/web/Storefront.java:[23,22] dynamic-key: the flag key '\"campaign.\" + campaign' of dev.flaglint.runtime.FeatureFlags#isEnabled is only known at run time (pattern 'campaign.*' matches no declared flag), so it cannot be checked; use a string literal or a static final String constant",
].sort()
def expectedSummaries = [
    "[INFO] flag-lint: 0 errors, 1 warning; 0 call sites of 0 flags (report: target/DIR/flag-lint.json)",    // platform
    "[INFO] flag-lint: 0 errors, 0 warnings; 0 call sites of 0 flags (report: target/DIR/flag-lint.json)",   // core: its calls are in its wrapper
    "[INFO] flag-lint: 1 error, 2 warnings; 3 call sites of 2 flags (report: target/DIR/flag-lint.json)",    // web
    "[INFO] flag-lint: 1 error, 0 warnings; 1 call site of 1 flag (report: target/DIR/flag-lint.json)",      // batch
    "[INFO] flag-lint: 0 errors, 0 warnings; 2 call sites of 2 flags (report: target/DIR/flag-lint.json)",   // api
].sort()
runs.eachWithIndex { run, i ->
    assert findings(run) == expectedFindings : "run ${i + 1}"
    assert summaries(run) == expectedSummaries : "run ${i + 1}"
    assert run.contains('BUILD SUCCESS')
}
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

// Every module's reports: the -T 4 ones (the warm re-run's) are the serial ones, byte for byte but the timing.
def text = { String path -> new File(basedir, path).text.replaceAll(/"millis" : \d+/, '"millis" : 0') }
['', 'core/', 'web/', 'batch/', 'api/'].each { module ->
    ['flag-lint.json', 'flag-lint.sarif'].each { report ->
        def parallel = text("${module}target/flag-lint-parallel/${report}")
        def serial = text("${module}target/flag-lint-serial/${report}")
        assert parallel == serial : "${module}${report} differs between -T 4 and a serial build"
    }
}
def web = new groovy.json.JsonSlurper().parse(new File(basedir, 'web/target/flag-lint-parallel/flag-lint.json'))
assert web.callSites.collect { "${it.line} ${it.key} ${it.api}".toString() } == [
    '17 new-checkout com.acme.core.Toggles#on', '20 web-undeclared dev.flaglint.runtime.FeatureFlags#isEnabled',
    '23 null dev.flaglint.runtime.FeatureFlags#isEnabled']
def batch = new groovy.json.JsonSlurper().parse(new File(basedir, 'batch/target/flag-lint-parallel/flag-lint.json'))
assert batch.wrappers*.api == ['com.acme.batch.ExportGate#allowed', 'com.acme.core.Toggles#on'] // the reactor's wrappers
return true
