package org.primebatch.swing.testing;

import java.awt.Component;
import java.awt.KeyboardFocusManager;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.finder.JOptionPaneFinder;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.assertj.swing.fixture.JTextComponentFixture;

/**
 * A person's input through the robot, given once, and then its effect awaited: a click, a key, typed text, a choice
 * in a list, a cell typed into, a question answered, a file chosen. Each input goes to the screen as a person's would
 * (the window manager focuses and raises the window clicked), never around it on the event dispatch thread. An
 * effect that does not come fails the test with where the pointer was and what had the focus, and the screen as it
 * was is saved as {@code lost-input-N.png} under the screenshots.
 */
public final class Inputs {
    /** How long an input may take to show its effect; some effects wait for the daemon. */
    public static final Duration EFFECT = Duration.ofSeconds(60);
    private static int lost;

    private Inputs() {
    }

    /** Gives {@code input} and waits for {@code done}, which {@code effect} describes. */
    public static void give(String effect, BooleanSupplier done, Runnable input) throws InterruptedException {
        give(effect, done, null, input);
    }

    /** Clicks {@code button} (a button, check box or radio button) and waits for {@code done}. */
    public static void click(Robot robot, AbstractButton button, String effect, BooleanSupplier done)
            throws InterruptedException {
        give(effect, done, button, () -> robot.click(button));
    }

    /** Clicks a check box or radio button that is not selected, and waits for it to be. */
    public static void select(Robot robot, AbstractButton button) throws InterruptedException {
        if (!OnEdt.get(button::isSelected)) {
            click(robot, button, button.getName() + " to be selected", () -> OnEdt.get(button::isSelected));
        }
    }

    /** Types {@code text} into a text field in place of what it held. */
    public static void type(JTextComponentFixture field, String text) throws InterruptedException {
        JTextComponent target = field.target();
        give(target.getName() + " to hold \"" + text + "\"", () -> text.equals(OnEdt.get(target::getText)), target,
                () -> field.deleteText().enterText(text));
    }

    /** Chooses, in a combo box's list, the item whose text on screen starts with {@code item}. */
    public static void choose(JComboBoxFixture combo, String item) throws InterruptedException {
        JComboBox<?> target = combo.target();
        BooleanSupplier chosen = () -> OnEdt.get(() -> shown(target, target.getSelectedItem()).startsWith(item));
        if (!chosen.getAsBoolean()) {
            give(target.getName() + " to show " + item, chosen, target,
                    () -> combo.selectItem(Pattern.compile(Pattern.quote(item) + ".*")));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(JComboBox combo, Object item) {
        Component cell = combo.getRenderer().getListCellRendererComponent(new JList(), item, -1, false, false);
        return cell instanceof JLabel label ? label.getText() : String.valueOf(item);
    }

    /**
     * Types {@code text} into a cell of a table in place of what it held: a click on the cell, F2 to edit it, Ctrl+A
     * to select what it holds, the text, and Enter to end the edit.
     */
    public static void enterCell(Robot robot, JTableFixture table, int row, int column, String text)
            throws InterruptedException {
        JTable target = table.target();
        give("cell " + row + "," + column + " to hold \"" + text + "\"",
                () -> OnEdt.get(() -> !target.isEditing() && text.equals(target.getValueAt(row, column))), target, () -> {
                    table.cell(TableCell.row(row).column(column)).click();
                    robot.pressAndReleaseKey(KeyEvent.VK_F2);
                    robot.pressKey(KeyEvent.VK_CONTROL);
                    robot.pressAndReleaseKey(KeyEvent.VK_A);
                    robot.releaseKey(KeyEvent.VK_CONTROL);
                    robot.enterText(text);
                    robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
                });
    }

    /** The question a {@link JOptionPane} asks, waiting up to {@code limit} for it to show. */
    public static JOptionPaneFixture question(Robot robot, Duration limit) {
        return JOptionPaneFinder.findOptionPane().withTimeout(limit.toMillis()).using(robot);
    }

    /** Whether a {@link JOptionPane}'s question is on screen. */
    public static boolean asking() {
        return OnEdt.get(() -> Arrays.stream(Window.getWindows())
                .anyMatch(window -> window.isShowing() && window instanceof JDialog dialog
                        && dialog.getContentPane().getComponentCount() > 0
                        && dialog.getContentPane().getComponent(0) instanceof JOptionPane));
    }

    /** Waits up to {@code limit} for a question, clicks its button {@code answer} and waits for it to close. */
    public static void answer(Robot robot, String answer, Duration limit) throws InterruptedException {
        JOptionPaneFixture pane = question(robot, limit);
        Window dialog = OnEdt.get(() -> SwingUtilities.getWindowAncestor(pane.target()));
        click(robot, pane.buttonWithText(answer).target(), "the question to close after " + answer,
                () -> !OnEdt.get(dialog::isShowing));
    }

    /** Types {@code file} into a file chooser's name field, clicks its Open or Save button and waits for it to close. */
    public static void chooseFile(Robot robot, JFileChooserFixture chooser, Path file) throws InterruptedException {
        JFileChooser target = chooser.target();
        Window dialog = OnEdt.get(() -> SwingUtilities.getWindowAncestor(target));
        type(chooser.fileNameTextBox(), file.toString());
        click(robot, chooser.approveButton().target(), "the file chooser to close after choosing " + file,
                () -> !OnEdt.get(dialog::isShowing));
    }

    private static void give(String effect, BooleanSupplier done, Component target, Runnable input)
            throws InterruptedException {
        input.run();
        try {
            OnEdt.until(effect, EFFECT, done);
        } catch (AssertionError missing) {
            Path screen = Screenshots.saveScreen("lost-input-" + (++lost));
            throw new AssertionError(missing.getMessage() + "; " + scene(target) + "; the screen is in " + screen,
                    missing);
        }
    }

    /** Where the input went: the component aimed at, the pointer and what lies under it, the focus. */
    private static String scene(Component target) {
        return OnEdt.get(() -> {
            StringBuilder scene = new StringBuilder();
            if (target != null) {
                scene.append("aimed at ").append(named(target)).append(target.isShowing()
                        ? " at " + target.getLocationOnScreen() + " " + target.getSize() : " (not showing)").append("; ");
            }
            PointerInfo pointer = MouseInfo.getPointerInfo();
            Point at = pointer == null ? null : pointer.getLocation();
            scene.append("the pointer at ").append(at);
            if (at != null) {
                scene.append(" over ").append(underPointer(at));
            }
            KeyboardFocusManager focus = KeyboardFocusManager.getCurrentKeyboardFocusManager();
            return scene.append("; the focus in ").append(named(focus.getFocusOwner())).append(" of ")
                    .append(named(focus.getFocusedWindow())).toString();
        });
    }

    private static String underPointer(Point at) {
        Window focused = KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusedWindow();
        return Arrays.stream(Window.getWindows())
                .filter(window -> window.isShowing() && window.getBounds().contains(at))
                .sorted((a, b) -> Boolean.compare(b == focused, a == focused))
                .findFirst()
                .map(window -> {
                    Point local = new Point(at);
                    SwingUtilities.convertPointFromScreen(local, window);
                    return named(SwingUtilities.getDeepestComponentAt(window, local.x, local.y)) + " of " + named(window);
                })
                .orElse("no window of the test");
    }

    private static String named(Component component) {
        if (component == null) {
            return "nothing";
        }
        String title = component instanceof java.awt.Dialog dialog ? " \"" + dialog.getTitle() + "\""
                : component instanceof java.awt.Frame frame ? " \"" + frame.getTitle() + "\"" : "";
        return component.getClass().getSimpleName() + (component.getName() == null ? "" : " " + component.getName()) + title;
    }
}
