package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.swing.JOptionPane;
import javax.swing.JTextField;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;

/** Opens a file or folder the way the desktop does, or shows its path where the desktop cannot. */
@FunctionalInterface
public interface FileOpener {
    /** Opens {@code file}; {@code parent} owns any message. Called on the event dispatch thread. */
    void open(Component parent, Path file);

    /** {@link Desktop#open} off the event dispatch thread when supported, else a message with the path to copy. */
    FileOpener DESKTOP = (parent, file) -> {
        Edt.require();
        if (!Files.exists(file)) {
            JOptionPane.showMessageDialog(parent, "There is no file or folder at\n" + file, "Not found",
                    JOptionPane.WARNING_MESSAGE);
            return;
        }
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            showPath(parent, file, "This desktop cannot open files from Java. The path is:");
            return;
        }
        Edt.onAnswer(CompletableFuture.runAsync(() -> {
            try {
                Desktop.getDesktop().open(file.toFile());
            } catch (IOException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }), (done, error) -> {
            if (error != null) {
                showPath(parent, file, "Cannot open it (" + Failures.message(error) + "). The path is:");
            }
        });
    };

    private static void showPath(Component parent, Path file, String why) {
        JTextField path = new JTextField(file.toString());
        path.setName("openedPath");
        path.setEditable(false);
        path.setColumns(Math.min(60, Math.max(20, file.toString().length())));
        JOptionPane.showMessageDialog(parent, new Object[] {why, path}, "Open " + file.getFileName(),
                JOptionPane.INFORMATION_MESSAGE);
    }
}
