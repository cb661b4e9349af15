package org.primebatch.swing.testing;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javax.swing.AbstractButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.assertj.swing.core.Robot;
import org.assertj.swing.fixture.JComboBoxFixture;
import org.assertj.swing.fixture.JTextComponentFixture;

/**
 * Robot input that gets through. On an X server without a window manager a click or a key press can go nowhere (seen
 * in CI: three Ctrl+V presses in a row with no effect). Each input here is given as a person gives it, then its effect
 * is awaited; when the effect does not come the input is given another way (a key instead of a click), and at last
 * through the component itself on the event dispatch thread, which needs no input focus. A modal window an input
 * opens would block the event thread's caller, so the last way is queued on the event thread, not waited for. The
 * screen as it was when an input was lost is saved as {@code lost-input-N.png} under the screenshots.
 */
public final class Inputs {
    /** How long an input may take to show its effect before it counts as lost. */
    public static final Duration LOST = Duration.ofSeconds(10);
    /** How long the last way, which cannot be lost, may take. */
    private static final Duration LAST = Duration.ofSeconds(60);
    private static int lost;

    private Inputs() {
    }

    /** One way of giving an input, named for the failure message. */
    public record Way(String name, Runnable input) {
    }

    public static Way way(String name, Runnable input) {
        return new Way(name, input);
    }

    /** A way that runs {@code input} later on the event dispatch thread: for what a click on the component would do. */
    public static Way onEdt(String name, Runnable input) {
        return new Way(name, () -> SwingUtilities.invokeLater(input));
    }

    /**
     * Gives the input the first way, waits for {@code done} (which {@code effect} describes) and, while it does not
     * hold, tries the next way. An input that went nowhere changed nothing, so the next way starts from where the
     * first began.
     */
    public static void give(String effect, BooleanSupplier done, Way... ways) throws InterruptedException {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < ways.length; i++) {
            Way way = ways[i];
            try {
                way.input().run();
            } catch (RuntimeException | AssertionError failed) {
                failures.add(way.name() + " failed: " + failed.getMessage());
                continue;
            }
            try {
                OnEdt.until(effect + " after " + way.name(), i == ways.length - 1 ? LAST : LOST, done);
                return;
            } catch (AssertionError missing) {
                failures.add(missing.getMessage());
                if (i < ways.length - 1) {
                    Screenshots.saveScreen("lost-input-" + (++lost));
                }
            }
        }
        throw new AssertionError("gave up waiting for " + effect + ": " + String.join("; ", failures));
    }

    /** Clicks {@code button} (a button, check box or radio button) until {@code done}: click, Space, then doClick. */
    public static void click(Robot robot, AbstractButton button, String effect, BooleanSupplier done)
            throws InterruptedException {
        give(effect, done,
                way("a click", () -> robot.click(button)),
                way("the space key", () -> {
                    robot.focus(button);
                    robot.pressAndReleaseKey(KeyEvent.VK_SPACE);
                    robot.waitForIdle();
                }),
                onEdt("doClick", button::doClick));
    }

    /** Clicks a check box or radio button until it is selected; nothing when it already is. */
    public static void select(Robot robot, AbstractButton button) throws InterruptedException {
        if (!OnEdt.get(button::isSelected)) {
            click(robot, button, button.getName() + " to be selected", () -> OnEdt.get(button::isSelected));
        }
    }

    /** Types {@code text} into a text field in place of what it held. */
    public static void type(JTextComponentFixture field, String text) throws InterruptedException {
        JTextComponent target = field.target();
        give(target.getName() + " to hold \"" + text + "\"", () -> text.equals(OnEdt.get(target::getText)),
                way("typing", () -> field.deleteText().enterText(text)),
                onEdt("setText", () -> target.setText(text)));
    }

    /** Chooses the item of a combo box whose text on screen starts with {@code item}. */
    public static void choose(JComboBoxFixture combo, String item) throws InterruptedException {
        JComboBox<?> target = combo.target();
        BooleanSupplier chosen = () -> OnEdt.get(() -> shown(target, target.getSelectedItem()).startsWith(item));
        if (chosen.getAsBoolean()) {
            return;
        }
        give(target.getName() + " to show " + item, chosen,
                way("choosing in the list", () -> combo.selectItem(Pattern.compile(Pattern.quote(item) + ".*"))),
                onEdt("setSelectedIndex", () -> {
                    for (int i = 0; i < target.getItemCount(); i++) {
                        if (shown(target, target.getItemAt(i)).startsWith(item)) {
                            target.setSelectedIndex(i);
                            return;
                        }
                    }
                }));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(JComboBox combo, Object item) {
        java.awt.Component cell = combo.getRenderer().getListCellRendererComponent(new JList(), item, -1, false, false);
        return cell instanceof JLabel label ? label.getText() : String.valueOf(item);
    }

    /**
     * Types {@code text} into a cell of a table and ends the edit with Enter. The cell's editor is opened and given the
     * focus on the event dispatch thread rather than by a click, which can land on another cell where the window is not
     * where Java thinks it is; the keys then go to the editor or nowhere.
     */
    public static void enterCell(Robot robot, JTable table, int row, int column, String text) throws InterruptedException {
        give("cell " + row + "," + column + " to hold \"" + text + "\"",
                () -> OnEdt.get(() -> !table.isEditing() && text.equals(table.getValueAt(row, column))),
                way("typing in the cell's editor", () -> {
                    OnEdt.get(() -> {
                        table.changeSelection(row, column, false, false);
                        if (table.editCellAt(row, column) && table.getEditorComponent() instanceof JTextComponent editor) {
                            editor.selectAll();
                            editor.requestFocusInWindow();
                        }
                        return null;
                    });
                    robot.waitForIdle();
                    robot.enterText(text);
                    robot.pressAndReleaseKey(KeyEvent.VK_ENTER);
                    robot.waitForIdle();
                }),
                onEdt("setValueAt", () -> {
                    if (table.isEditing()) {
                        table.getCellEditor().cancelCellEditing();
                    }
                    table.setValueAt(text, row, column);
                }));
    }
}
