package org.primebatch.swing.testing;

import java.awt.Window;
import java.nio.file.Path;
import java.time.Duration;
import javax.swing.JFileChooser;
import javax.swing.SwingUtilities;
import org.assertj.swing.fixture.JFileChooserFixture;

/**
 * Chooses a file in a file chooser the way a user's Enter in its name field does: the file is selected and approved on
 * the event thread. A robot's click on the chooser's button can go to another window on a display without a window
 * manager, which leaves the chooser open and the test waiting for something that never started.
 */
public final class FileChoosers {
    private static final Duration CLOSING = Duration.ofSeconds(10);

    private FileChoosers() {
    }

    /** Approves {@code file} in {@code chooser} and waits for the chooser's dialog to close. */
    public static void choose(JFileChooserFixture chooser, Path file) throws InterruptedException {
        JFileChooser target = chooser.target();
        Window dialog = OnEdt.get(() -> SwingUtilities.getWindowAncestor(target));
        OnEdt.get(() -> {
            target.setSelectedFile(file.toFile());
            target.approveSelection();
            return null;
        });
        OnEdt.await("the file chooser to close after choosing " + file, CLOSING,
                () -> dialog == null || !dialog.isShowing());
    }
}
