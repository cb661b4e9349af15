package org.primebatch.swing.submit;

import java.awt.Color;

/** Colours of the new-batch dialog's messages and marked cells. */
final class Colors {
    static final Color ERROR = new Color(0xC6, 0x28, 0x28);
    static final Color WARNING = new Color(0xB2, 0x6A, 0x00);
    static final Color OK = new Color(0x2E, 0x7D, 0x32);
    static final Color PROBLEM_CELL = new Color(0xFF, 0xDE, 0xDE);
    static final Color PROBLEM_CELL_SELECTED = new Color(0xE5, 0x73, 0x73);
    static final Color MUTED = new Color(0x75, 0x75, 0x75);

    private Colors() {
    }
}
