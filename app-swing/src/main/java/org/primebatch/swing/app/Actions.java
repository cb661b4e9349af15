package org.primebatch.swing.app;

import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.KeyStroke;

/** Builds the actions the menus, toolbar, tray and keyboard share. */
final class Actions {
    private Actions() {
    }

    /**
     * An action named {@code name} (a {@code &} marks the mnemonic), described by {@code description}, bound to
     * {@code accelerator} (e.g. "ctrl N", or null).
     */
    static Action of(String name, String description, String accelerator, Consumer<ActionEvent> perform) {
        int amp = name.indexOf('&');
        String label = amp < 0 ? name : name.substring(0, amp) + name.substring(amp + 1);
        Action action = new AbstractAction(label) {
            @Override
            public void actionPerformed(ActionEvent e) {
                perform.accept(e);
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, description);
        if (amp >= 0 && amp + 1 < name.length()) {
            action.putValue(Action.MNEMONIC_KEY, KeyEvent.getExtendedKeyCodeForChar(Character.toLowerCase(name.charAt(amp + 1))));
            action.putValue(Action.DISPLAYED_MNEMONIC_INDEX_KEY, amp);
        }
        if (accelerator != null) {
            action.putValue(Action.ACCELERATOR_KEY, KeyStroke.getKeyStroke(accelerator));
        }
        return action;
    }
}
