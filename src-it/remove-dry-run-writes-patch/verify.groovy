import java.nio.file.Files

def log = new File(basedir, 'build.log').text

// 1. the dry run
assert log.contains("[INFO] flag-lint: removing flag 'dark-mode' from module remove-dry-run-writes-patch; the code keeps false (the flags file gives it to everyone)")
assert log.contains("[INFO] flag-lint: 1 call site of 'dark-mode'; would change 3 files (-23 +0 lines):")
assert log.contains("[INFO] flag-lint: would delete test ThemeTest.darkWhenSwitchedOn (src/test/java/com/acme/ThemeTest.java:[19]): it pins the flag with @FlagOverride(flag = \"dark-mode\", enabled = true), the removed value")
assert log.contains("[INFO] flag-lint: dry run: wrote remove-dark-mode.patch in " + new File(basedir, 'target/flag-lint').absolutePath
        + "; no other file was changed (apply it with git apply or patch -p1 from the top of the build)")

// the patch is the removal, as git diff writes it
def patch = new File(basedir, 'target/flag-lint/remove-dark-mode.patch')
assert patch.text == new File(basedir, 'expected.patch').text

// 2. the dry run changed nothing: the removal for real still finds the call site and the same three files ...
assert log.contains("[INFO] flag-lint: 1 call site of 'dark-mode'; changed 3 files (-23 +0 lines):")
assert log.contains("[INFO] flag-lint: deleted test ThemeTest.darkWhenSwitchedOn (src/test/java/com/acme/ThemeTest.java:[19]): it pins the flag with @FlagOverride(flag = \"dark-mode\", enabled = true), the removed value")
assert log.contains("[INFO] flag-lint: after the removal: 0 call sites of 'dark-mode' remain; 0 errors, 0 warnings")

// ... and changes exactly what the patch says: git apply of the patch to the original files gives the same bytes
def original = new File(basedir, '../../../../src-it/' + basedir.name).canonicalFile
def files = ['flags.yaml', 'src/main/java/com/acme/Theme.java', 'src/test/java/com/acme/ThemeTest.java']
def copy = Files.createTempDirectory('remove-dry-run').toFile()
try {
    files.each {
        def to = new File(copy, it)
        to.parentFile.mkdirs()
        to.bytes = new File(original, it).bytes
    }
    def git = new ProcessBuilder('git', 'apply', patch.absolutePath).directory(copy).redirectErrorStream(true).start()
    def output = git.inputStream.text
    assert git.waitFor() == 0 : 'git apply: ' + output
    files.each {
        assert new File(basedir, it).bytes == new File(copy, it).bytes : it
        assert new File(basedir, it).text != new File(original, it).text : it
    }
} finally {
    copy.deleteDir()
}
files.each { assert !new File(basedir, it).text.contains('dark-mode') && !new File(basedir, it).text.contains('DARK_MODE') : it }

// 3. the build after the removal compiles, runs the test that is left and passes the check
assert log.contains("[INFO] Tests run: 1, Failures: 0, Errors: 0, Skipped: 0" + System.lineSeparator())
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 1 call site of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.count("BUILD SUCCESS") == 3
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
