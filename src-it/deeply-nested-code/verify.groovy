def log = new File(basedir, 'build.log').text

def soon = { String file, int line, int column, String flag, String ticket ->
    "[WARNING] src/main/java/com/acme/deep/${file}.java:[${line},${column}] expiring-soon: flag '${flag}' expires on 2026-05-10, in 9 days (owner codegen-team, ticket ${ticket}); plan its removal, or move 'expires' if it must stay longer".toString()
}
assert log.contains(soon('Blocks', 8, 19, 'deep-blocks', 'GEN-1'))
assert log.contains(soon('Concat', 7, 15, 'concat', 'GEN-2'))
assert log.contains(soon('Lambdas', 8, 25, 'in-lambdas', 'GEN-4'))
assert log.contains(soon('Parens', 7, 15, 'in-parens', 'GEN-3'))
assert log.contains("[INFO] flag-lint: 0 errors, 4 warnings; 4 call sites of 4 flags (report: target/flag-lint/flag-lint.json)")
assert !log.contains('parse-error')
assert !log.contains('StackOverflowError')
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
assert log.contains("BUILD SUCCESS")

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/flag-lint/flag-lint.json'))
assert report.callSites.collect { "${it.file.tokenize('/').last()} ${it.key} ${it.resolution}".toString() } == [
    'Blocks.java deep-blocks literal', 'Concat.java concat concatenation', 'Lambdas.java in-lambdas literal',
    'Parens.java in-parens literal']
return true
