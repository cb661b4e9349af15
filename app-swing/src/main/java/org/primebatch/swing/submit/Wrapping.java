package org.primebatch.swing.submit;

import javax.swing.JTextArea;
import javax.swing.UIManager;

/** Messages that wrap at word ends instead of being cut off: a read-only text area that looks like a label. */
final class Wrapping {
    private Wrapping() {
    }

    static JTextArea text(String name) {
        JTextArea area = new JTextArea(" ");
        area.setName(name);
        area.setEditable(false);
        area.setFocusable(false);
        area.setOpaque(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setBorder(null);
        area.setFont(UIManager.getFont("Label.font"));
        return area;
    }
}
