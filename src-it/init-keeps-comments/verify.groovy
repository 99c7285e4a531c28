def log = new File(basedir, 'build.log').text

assert log.contains("[INFO] flag-lint: added 2 flags to flags.yaml (created 2026-05-01, expires 2026-07-30); set their owner (TODO-owner) and ticket (TODO) before committing:")
assert log.contains("[INFO] flag-lint:   express-shipping (evaluated at src/main/java/com/acme/Checkout.java:[13,33])")
assert log.contains("[INFO] flag-lint:   holiday-banner (evaluated at src/main/java/com/acme/Checkout.java:[14,32])")

// every byte that was there is still there, comments included; the stubs follow
def before = new File(basedir, 'flags.yaml.before').text
def after = new File(basedir, 'flags.yaml').text
assert after == before + '''\
  # added by flag-lint:init on 2026-05-01: set owner and ticket, and check expires
  express-shipping:
    owner: TODO-owner
    created: 2026-05-01
    expires: 2026-07-30
    ticket: TODO
  holiday-banner:
    owner: TODO-owner
    created: 2026-05-01
    expires: 2026-07-30
    ticket: TODO
'''

// the second build checks the edited file: valid, every flag declared
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 3 call sites of 3 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
