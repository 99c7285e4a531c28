package com.acme;

import java.util.Set;

public class Permissions {
    private final Set<String> granted;

    public Permissions(Set<String> granted) {
        this.granted = granted;
    }

    public boolean isEnabled(String permission) {
        return granted.contains(permission);
    }

    public boolean evaluate(String rule) {
        return isEnabled(rule);
    }
}
