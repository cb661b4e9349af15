package org.primebatch.swing.testing;

import java.awt.Dialog;
import java.awt.Frame;
import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.assertj.swing.edt.GuiActionRunner;
import org.primebatch.testing.DaemonProcess;

/** Reads and waits for what the user interface shows, always looking on the event dispatch thread. */
public final class OnEdt {
    private OnEdt() {
    }

    public static <T> T get(Supplier<T> read) {
        return GuiActionRunner.execute(read::get);
    }

    /** Polls {@code condition} on the event dispatch thread until it holds; fails after {@code limit}. */
    public static void await(String what, Duration limit, Supplier<Boolean> condition) throws InterruptedException {
        until(what, limit, () -> Boolean.TRUE.equals(GuiActionRunner.execute(condition::get)));
    }

    /**
     * Polls {@code condition} on the calling thread until it holds; fails after {@code limit}, saying which windows
     * were on screen (a question left open, an error message).
     */
    public static void until(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        try {
            DaemonProcess.await(what, limit, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; windows showing: " + showingWindows(), e);
        }
    }

    /** The windows on screen, named by class and title: what a failed wait shows to say what the user would see. */
    public static List<String> showingWindows() {
        return get(() -> Arrays.stream(Window.getWindows())
                .filter(Window::isShowing)
                .map(window -> window.getClass().getSimpleName() + (window instanceof Dialog dialog
                        ? " \"" + dialog.getTitle() + "\""
                        : window instanceof Frame frame ? " \"" + frame.getTitle() + "\"" : ""))
                .toList());
    }
}
