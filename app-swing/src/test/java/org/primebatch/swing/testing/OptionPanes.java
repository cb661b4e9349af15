package org.primebatch.swing.testing;

import java.awt.Window;
import java.time.Duration;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JOptionPaneFixture;

/**
 * Answers a question a {@link javax.swing.JOptionPane} asks. On an X server without a window manager a new dialog can
 * be showing to Swing before the server maps it, and a click in that moment goes nowhere: the answer is clicked again
 * while the dialog stays open. A dialog closes on its first answer, so no answer is given twice.
 */
public final class OptionPanes {
    private static final int ATTEMPTS = 3;
    private static final Duration CLOSING = Duration.ofSeconds(5);

    private OptionPanes() {
    }

    /** Waits up to {@code limit} for a question, then clicks {@code answer} until the question is gone. */
    public static void answer(Robot robot, String answer, Duration limit) throws InterruptedException {
        JOptionPaneFixture pane = find(robot, limit);
        Window dialog = OnEdt.get(() -> SwingUtilities.getWindowAncestor(pane.target()));
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            pane.buttonWithText(answer).focus().click();
            try {
                OnEdt.await("the question to close after clicking " + answer, CLOSING, () -> !dialog.isShowing());
                return;
            } catch (AssertionError stillOpen) {
                if (attempt == ATTEMPTS) {
                    throw stillOpen;
                }
            }
        }
    }

    /** The question on screen, waiting up to {@code limit} for it. */
    public static JOptionPaneFixture find(Robot robot, Duration limit) {
        return JOptionPaneFinder.findOptionPane().withTimeout(limit.toMillis()).using(robot);
    }
}
