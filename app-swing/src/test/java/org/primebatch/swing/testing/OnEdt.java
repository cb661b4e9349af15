package org.primebatch.swing.testing;

import java.time.Duration;
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
        DaemonProcess.await(what, limit, () -> Boolean.TRUE.equals(GuiActionRunner.execute(condition::get)));
    }
}
