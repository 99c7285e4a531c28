def log = new File(basedir, 'build.log').text

// 1. the removal, as it is printed
assert log.contains("[INFO] flag-lint: removing flag 'new-checkout' from modules shop-parent, keys, shop; the code keeps true (the flags file gives it to everyone)")
assert log.contains('''\
[INFO] flag-lint: 10 call sites of 'new-checkout'; changed 7 files (-63 +9 lines):
[INFO] flag-lint:   flags.yaml (-9 +0)
[INFO] flag-lint:   keys/src/main/java/com/acme/keys/Feature.java (-1 +0)
[INFO] flag-lint:   keys/src/main/java/com/acme/keys/FlagKeys.java (-3 +0)
[INFO] flag-lint:   shop/src/main/java/com/acme/shop/CheckoutService.java (-13 +3)
[INFO] flag-lint:   shop/src/main/java/com/acme/shop/ReceiptPrinter.java (-11 +1)
[INFO] flag-lint:   shop/src/test/java/com/acme/shop/CheckoutServiceTest.java (-12 +0)
[INFO] flag-lint:   shop/src/test/java/com/acme/shop/ReceiptPrinterTest.java (-14 +5)
[INFO] flag-lint: deleted test CheckoutServiceTest.classicCheckoutRoundsEachItemFirst (shop/src/test/java/com/acme/shop/CheckoutServiceTest.java:[27]): it stubs the flag with thenReturn(false), the removed value
[INFO] flag-lint: deleted test ReceiptPrinterTest.thanksClassicShoppers (shop/src/test/java/com/acme/shop/ReceiptPrinterTest.java:[23]): it pins the flag with @FlagOverride(flag = "new-checkout", enabled = false), the removed value
[INFO] flag-lint: nothing was left for you to do by hand
[INFO] flag-lint: the check after the removal:
[INFO] flag-lint: after the removal: 0 call sites of 'new-checkout' remain; 0 errors, 0 warnings
'''.replace('\n', System.lineSeparator()))
// the other modules read the same flags file: the first one did the work for all
assert log.count("[INFO] flag-lint: 'new-checkout' is removed by the run in module shop-parent, which reads the same flags file") == 2

// 2. the changed files are exactly the expected ones; every other file kept every byte
def original = new File(basedir, '../../../../src-it/' + basedir.name).canonicalFile
def expected = new File(original, 'expected')
def checked = 0
original.eachFileRecurse(groovy.io.FileType.FILES) { f ->
    def path = original.toPath().relativize(f.toPath()).toString().replace(File.separator, '/')
    if (path.startsWith('expected/') || path in ['invoker.properties', 'verify.groovy'] || path.endsWith('pom.xml')) {
        return // poms are filtered by the invoker
    }
    def want = new File(expected, path)
    assert new File(basedir, path).text == (want.exists() ? want.text : f.text) : path
    checked++
}
assert checked == 10
['keys', 'shop'].each { module ->
    new File(basedir, module + '/src').eachFileRecurse(groovy.io.FileType.FILES) { f ->
        assert !f.text.contains('new-checkout') && !f.text.contains('NEW_CHECKOUT') : f
    }
}
assert !new File(basedir, 'flags.yaml').text.contains('new-checkout')

// 3. the build after the removal compiles, runs the remaining tests (two were deleted) and passes the check
assert log.contains("[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0" + System.lineSeparator())
assert log.contains("[INFO] flag-lint: 0 errors, 0 warnings; 4 call sites of 1 flag (report: target/flag-lint/flag-lint.json)")
assert log.count("BUILD SUCCESS") == 3
assert !(log =~ /(?m)^\s+at [\w.$]+\s?\(/) // no stack trace
return true
