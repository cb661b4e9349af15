package org.primebatch.swing.testing;

import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Duration;
import javax.swing.JButton;
import javax.swing.SwingUtilities;
import org.assertj.swing.core.Robot;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JButtonFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;

/**
 * Answers a question a {@link javax.swing.JOptionPane} asks. On an X server without a window manager a robot's click
 * on a new dialog can go to another window (seen here: three clicks in a row, with the dialog still open). The answer
 * is clicked; if the question stays open it is pressed with the space key, and at last through the button itself.
 * A dialog closes on its first answer, so no answer is given twice. The screen as it was when the click was lost is
 * saved as {@code lost-click-ANSWER.png} under the screenshots.
 */
public final class OptionPanes {
    private static final Duration CLOSING = Duration.ofSeconds(5);

    private OptionPanes() {
    }

    /** Waits up to {@code limit} for a question, then answers it with the button {@code answer}. */
    public static void answer(Robot robot, String answer, Duration limit) throws InterruptedException {
        JOptionPaneFixture pane = find(robot, limit);
        Window dialog = OnEdt.get(() -> SwingUtilities.getWindowAncestor(pane.target()));
        JButtonFixture button = pane.buttonWithText(answer);
        button.focus().click();
        if (closed(dialog, answer)) {
            return;
        }
        Screenshots.saveScreen("lost-click-" + answer.replace(' ', '-'));
        button.focus();
        robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
        if (closed(dialog, answer)) {
            return;
        }
        JButton target = button.target();
        OnEdt.get(() -> {
            target.doClick();
            return null;
        });
        OnEdt.await("the question to close after pressing " + answer, CLOSING, () -> !dialog.isShowing());
    }

    /** The question on screen, waiting up to {@code limit} for it. */
    public static JOptionPaneFixture find(Robot robot, Duration limit) {
        return JOptionPaneFinder.findOptionPane().withTimeout(limit.toMillis()).using(robot);
    }

    private static boolean closed(Window dialog, String answer) throws InterruptedException {
        try {
            OnEdt.await("the question to close after " + answer, CLOSING, () -> !dialog.isShowing());
            return true;
        } catch (AssertionError stillOpen) {
            return false;
        }
    }
}
