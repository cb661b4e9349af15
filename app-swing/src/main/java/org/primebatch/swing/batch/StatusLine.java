package org.primebatch.swing.batch;

import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.UIManager;
import org.primebatch.swing.model.Edt;

/** One line under the batch view: what the last command did, or what went wrong. */
final class StatusLine extends JLabel {
    StatusLine() {
        super(" ");
        setName("batchStatus");
        setBorder(BorderFactory.createEmptyBorder(3, 8, 3, 8));
    }

    void info(String text) {
        Edt.require();
        setForeground(UIManager.getColor("Label.foreground"));
        setText(text);
        setToolTipText(text);
    }

    void error(String text) {
        Edt.require();
        setForeground(StateColors.FAILED);
        setText(text);
        setToolTipText(text);
    }

    void clear() {
        info(" ");
    }
}
