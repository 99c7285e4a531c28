def log = new File(basedir, 'build.log').text

// 1. no value, and the flags file gives different values: say which
assert log.contains("[ERROR] Failed to execute goal dev.flaglint:flag-lint-maven-plugin:0.1.0-SNAPSHOT:remove (default-cli) on project remove-leftovers-listed: flag-lint: flag 'new-pricing' does not give everyone the same value (it is not ready to remove), so say which value the code keeps: -Dflag-lint.value=true or -Dflag-lint.value=false")

// 2. the safe call was rewritten, the rest left as it is and listed with why
assert log.contains("[INFO] flag-lint: removing flag 'new-pricing' from module remove-leftovers-listed; the code keeps true (as -Dflag-lint.value says)")
assert log.contains('''\
[WARNING] flags.yaml:[2,3] left: the flag stays declared here: code left as it is still evaluates it (1 place); delete the entry once that is gone
[WARNING] src/main/java/com/acme/Pricing.java:[15,28] left: its value is assigned to newPricing, so the code that reads it later keeps both paths; replace it by hand
[WARNING] src/main/java/com/acme/Pricing.java:[23,22] left: the key "new-" + name is only known at run time and may be this flag's; check it by hand
[WARNING] src/main/java/com/acme/Pricing.java:[27,16] left: the string "pricing flag: new-pricing" still holds the flag's key (reflection, configuration, a message?); check it
[WARNING] flag-lint: 4 places left for you to do by hand (above); -Dflag-lint.failOnLeftovers=true fails the build on them
'''.replace('\n', System.lineSeparator()))
assert log.contains("[ERROR] Failed to execute goal dev.flaglint:flag-lint-maven-plugin:0.1.0-SNAPSHOT:remove (default-cli) on project remove-leftovers-listed: flag-lint: 4 places still to do by hand after removing 'new-pricing' (listed above)")

// the check after the removal says what remains
assert log.contains("[INFO] flag-lint: after the removal: 1 call site of 'new-pricing' remains; 0 errors, 1 warning")

def pricing = new File(basedir, 'src/main/java/com/acme/Pricing.java').text
assert pricing.contains('''\
    public int price(int cents) {
        return cents * 9 / 10;
    }
''')
assert pricing.contains('newPricing = flags.isEnabled("new-pricing");')
// the call left as it is still evaluates the flag: it stays declared, or that call would get its default
assert new File(basedir, 'flags.yaml').text == new File(basedir, '../../../../src-it/' + basedir.name + '/flags.yaml').text

// 3. and it compiles
assert log.contains("[INFO] Compiling 1 source file with javac [debug release 17] to target/classes")
assert log.count("BUILD SUCCESS") == 1
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
