package org.primebatch.swing.batch;

import java.awt.Dimension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.primebatch.api.Event;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.swing.model.BatchesModel;
import org.primebatch.swing.model.ConnectionState;
import org.primebatch.swing.model.DaemonConnection;
import org.primebatch.testing.DaemonProcess;

/**
 * A batch panel in a window, wired to a real daemon the way the main window wires it: a {@link DaemonConnection}
 * follows the events, hands them to the panel, and shows the selected batch again when the batches model changes.
 * The actions also sit in a Batch menu, as the main window puts them.
 */
final class BatchViewHarness implements AutoCloseable {
    static final Duration SAFETY = Duration.ofSeconds(90);

    final BatchPanel panel;
    final FrameFixture window;
    private final DaemonConnection connection;
    private final BatchesModel model;
    private final AtomicReference<Long> selected = new AtomicReference<>();

    BatchViewHarness(Robot robot, DaemonProcess daemon, FileOpener opener) throws InterruptedException {
        model = GuiActionRunner.execute(() -> new BatchesModel(Clock.systemUTC()));
        AtomicReference<BatchPanel> panelRef = new AtomicReference<>();
        connection = new DaemonConnection(() -> {
            try {
                return DaemonClient.connect(Endpoint.forHome(daemon.home()), "test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, model, new DaemonConnection.Listener() {
            @Override
            public void eventsArrived(List<Event> events) {
                panelRef.get().eventsArrived(events);
            }
        });
        panel = GuiActionRunner.execute(() -> new BatchPanel(connection.requests(),
                CasePageSource.of(connection.requests()), opener));
        panelRef.set(panel);
        JFrame frame = GuiActionRunner.execute(() -> {
            model.addChangeListener(() -> {
                Long id = selected.get();
                if (id != null) {
                    model.batch(id).ifPresent(panel::showBatch);
                }
            });
            JFrame f = new JFrame("Primebatch — batch view");
            JMenuBar bar = new JMenuBar();
            JMenu menu = new JMenu("Batch");
            menu.setMnemonic('B');
            panel.actions().all().forEach(menu::add);
            bar.add(menu);
            f.setJMenuBar(bar);
            f.setContentPane(panel);
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(1150, 720));
        connection.start();
        DaemonProcess.await("the client to connect", SAFETY,
                () -> onEdt(connection::state) == ConnectionState.CONNECTED);
    }

    /** Selects the batch, as a click in the main window's list does. */
    void select(long batchId, DaemonProcess daemon) {
        selected.set(batchId);
        var view = daemon.batch(batchId);
        GuiActionRunner.execute(() -> panel.showBatch(model.batch(batchId).orElse(view)));
    }

    ConnectionState connectionState() {
        return onEdt(connection::state);
    }

    static <T> T onEdt(Callable<T> task) {
        return GuiActionRunner.execute(task);
    }

    @Override
    public void close() {
        connection.close();
        window.cleanUp();
    }
}
