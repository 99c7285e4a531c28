package com.acme.ui;

import javax.swing.JButton;

public class SaveButton {
    private final JButton button = new JButton("Save");

    boolean clickable() {
        return button.isEnabled() && new JButton("x").isEnabled();
    }
}
