package org.primebatch.swing.submit;

import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractAction;
import javax.swing.KeyStroke;
import org.primebatch.api.BatchView;
import org.primebatch.swing.model.Requests;

/** "New batch…": opens a {@link NewBatchDialog}; for menus and toolbars of the main window. */
public final class NewBatchAction extends AbstractAction {
    private final Supplier<Window> owner;
    private final Requests requests;
    private final Consumer<BatchView> onSubmitted;

    public NewBatchAction(Supplier<Window> owner, Requests requests, Consumer<BatchView> onSubmitted) {
        super("New batch…");
        this.owner = owner;
        this.requests = requests;
        this.onSubmitted = onSubmitted;
        putValue(SHORT_DESCRIPTION, "Choose a worksheet and its cases, and queue them as a batch");
        putValue(MNEMONIC_KEY, KeyEvent.VK_N);
        putValue(ACCELERATOR_KEY, KeyStroke.getKeyStroke(KeyEvent.VK_N,
                java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()));
    }

    @Override
    public void actionPerformed(ActionEvent e) {
        new NewBatchDialog(owner.get(), requests, onSubmitted).open();
    }
}
