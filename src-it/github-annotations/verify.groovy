def log = new File(basedir, 'build.log').text
def lines = log.readLines()

// The usual console lines...
assert log.contains("[ERROR] src/main/java/com/acme/Checkout.java:[13,22] expired: flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
// ...and each finding as a workflow command, alone on its line, paths relative to GITHUB_WORKSPACE
assert lines.contains("::error file=src/main/java/com/acme/Checkout.java,line=13,col=22,title=flag-lint expired::flag 'new-checkout' expired on 2026-04-01 (owner payments-team, ticket PAY-1234); remove this check and the branch it guards, then the flag from flags.yaml, or move 'expires' if the flag must stay longer")
assert lines.contains("::warning file=flags.yaml,line=7,col=3,title=flag-lint unused::flag 'forgotten' is declared but never evaluated in module github-annotations (owner growth, ticket GROW-1); remove it from the flags file if it is no longer needed")
assert lines.findAll { it.startsWith('::') }.size() == 2
assert log.contains("flag-lint found 1 error in github-annotations")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

def summary = new File(basedir, 'step-summary.md').text
assert summary.startsWith("### ❌ flag-lint: github-annotations\n\n1 error, 1 warning; 1 flag call site checked as of 2026-05-01.\n\n")
assert summary.contains("| Severity | Rule | Flag | Location | Message |")
assert summary.contains("| ❌ error | `expired` | `new-checkout` | `src/main/java/com/acme/Checkout.java:13` | flag 'new-checkout' expired on 2026-04-01")
assert summary.contains("| ⚠️ warning | `unused` | `forgotten` | `flags.yaml:7` | flag 'forgotten' is declared but never evaluated")
return true
