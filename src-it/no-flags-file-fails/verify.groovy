def log = new File(basedir, 'build.log').text
def runs = log.split(/(?=\[INFO\] Scanning for projects)/).findAll { it.contains('flag-lint') }
assert runs.size() == 3

// 1: one error for the module, at its first call, not one per call
def check = runs[0]
assert check.contains("[ERROR] src/main/java/com/acme/Checkout.java:[13,19] undeclared: no flags file found (looked for src/main/resources/flags.{yaml,yml,json}, flags.{yaml,yml,json}), so the 2 flags evaluated here cannot be checked (express-shipping, new-checkout); run mvn flag-lint:init to create src/main/resources/flags.yaml declaring them, or set flagsFile to where the file is")
assert check.count('[ERROR] src/') == 1
assert check.contains("[INFO] flag-lint: 1 error, 0 warnings; 3 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert check.contains("flag-lint found 1 error in no-flags-file-fails")
assert !(check =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace

// 2: init creates the file the message named
assert runs[1].contains("[INFO] flag-lint: created src/main/resources/flags.yaml with 2 flags (created 2026-05-01, expires 2026-07-30)")
assert new File(basedir, 'src/main/resources/flags.yaml').text.contains("  express-shipping:\n")

// 3: and the check passes
assert runs[2].contains("[INFO] flag-lint: 0 errors, 0 warnings; 3 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert runs[2].contains("BUILD SUCCESS")
return true
