package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.Desktop;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import javax.swing.JButton;
import javax.swing.JDialog;
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
                cannotOpen(parent, file, reason(Failures.message(error)));
            }
        });
    };

    // Java's own text on Linux ("Failed to show URI:file:/…") repeats the path and names no cause.
    private static String reason(String message) {
        return message == null || message.startsWith("Failed to show URI")
                ? "no program on this desktop opens it" : message;
    }

    /** Says plainly which file could not be opened and why, with a button that copies its path. */
    static void cannotOpen(Component parent, Path file, String reason) {
        JButton copy = new JButton("Copy path");
        copy.setName("copyPath");
        copy.addActionListener(e -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(file.toString()), null));
        JOptionPane pane = new JOptionPane("Cannot open " + file + ": " + reason, JOptionPane.WARNING_MESSAGE,
                JOptionPane.DEFAULT_OPTION, null, new Object[] {copy, "Close"}, "Close");
        JDialog dialog = pane.createDialog(parent, "Cannot open " + file.getFileName());
        dialog.setName("cannotOpen");
        dialog.setVisible(true);
        dialog.dispose();
    }

    private static void showPath(Component parent, Path file, String why) {
        JTextField path = new JTextField(file.toString());
        path.setName("openedPath");
        path.setEditable(false);
        path.setColumns(Math.min(60, Math.max(20, file.toString().length())));
        JOptionPane.showMessageDialog(parent, new Object[] {why, path}, "Open " + file.getFileName(),
                JOptionPane.INFORMATION_MESSAGE);
    }
}
