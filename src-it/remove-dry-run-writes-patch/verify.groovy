def log = new File(basedir, 'build.log').text

assert log.contains("[INFO] flag-lint: removing flag 'dark-mode' from module remove-dry-run-writes-patch; the code keeps false (the flags file gives it to everyone)")
assert log.contains("[INFO] flag-lint: 1 call site of 'dark-mode'; would change 3 files (-23 +0 lines):")
assert log.contains("[INFO] flag-lint: would delete test ThemeTest.darkWhenSwitchedOn (src/test/java/com/acme/ThemeTest.java:[16]): it pins the flag with @FlagOverride(flag = \"dark-mode\", enabled = true), the removed value")
assert log.contains("[INFO] flag-lint: dry run: wrote remove-dark-mode.patch in " + new File(basedir, 'target/flag-lint').absolutePath)

// the patch is the removal, as git diff writes it ...
def patch = new File(basedir, 'target/flag-lint/remove-dark-mode.patch')
assert patch.text == new File(basedir, 'expected.patch').text

// ... and nothing else was changed
def original = new File(basedir, '../../../../src-it/' + basedir.name).canonicalFile
['flags.yaml', 'src/main/java/com/acme/Theme.java', 'src/test/java/com/acme/ThemeTest.java'].each {
    assert new File(basedir, it).text == new File(original, it).text : it
}
assert log.contains("BUILD SUCCESS")
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
