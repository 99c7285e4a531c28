package com.acme;

import java.util.function.Predicate;

public class Admin {
    boolean canAdminister(Permissions perms) {
        Permissions flags = perms;
        Predicate<String> check = perms::isEnabled;
        return perms.isEnabled("admin") && flags.evaluate("root") && check.test("ops");
    }
}
