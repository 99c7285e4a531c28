def log = new File(basedir, 'build.log').text

// the goal adds the root's file to app's resources, and says what it did; the pom root gets nothing
assert log.contains("[INFO] flag-lint: ../flags.yaml is on the classpath of app as flags.yaml, which FeatureFlags.fromClasspath() reads")
assert log.count('is on the classpath of') == 1
// app's test read it through FeatureFlags.fromClasspath()
assert log.contains("CheckoutTest saw FeatureFlags[classpath:flags.yaml, 2 flags]")
assert log.contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0")
// the file is in app's classes and jar, the same bytes; app's sources hold no copy
def root = new File(basedir, 'flags.yaml')
assert new File(basedir, 'app/target/classes/flags.yaml').bytes == root.bytes
assert !new File(basedir, 'app/src/main/resources').exists()
def jar = new java.util.jar.JarFile(new File(basedir, 'app/target/app-1.0.jar'))
assert jar.getEntry('flags.yaml') != null
jar.close()
// and the check passed for both modules against the same file
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 2 call sites of 2 flags (report: target/flag-lint/flag-lint.json)")
assert log.contains("BUILD SUCCESS")
return true
