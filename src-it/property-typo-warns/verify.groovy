def log = new File(basedir, 'build.log').text

def skp = "[WARNING] flag-lint: -Dflag-lint.skp is not a parameter of flag-lint and is ignored; did you mean -Dflag-lint.skip?"
def skip = "[WARNING] flag-lint: -Dflaglint.Skip is not a parameter of flag-lint and is ignored; did you mean -Dflag-lint.skip?"
def fail = "[WARNING] flag-lint: -Dflag-lint.FAILONVIOLATION is not a parameter of flag-lint and is ignored; did you mean -Dflag-lint.failOnViolation?"
def colour = "[WARNING] flag-lint: -Dflag-lint.colour is not a parameter of flag-lint and is ignored; the parameters are listed by mvn flag-lint:help -Ddetail"
// once per build, though three modules run the check
[skp, skip, fail, colour].each { assert log.count(it) == 1 }

// the misspelt properties changed nothing: the check ran and failed
assert log.contains("[ERROR] src/main/java/com/acme/a/Checkout.java:[13,22] expired: flag 'new-checkout' expired on 2026-04-01")
assert log.contains("flag-lint found 1 error in a")
assert !log.contains("skipped")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
