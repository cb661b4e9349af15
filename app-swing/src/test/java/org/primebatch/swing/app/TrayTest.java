package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.SystemTray;
import java.awt.event.ActionEvent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.client.Home;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.OnEdt;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

/** The tray icon on a display with a system tray (./run-tests starts one with the display). */
class TrayTest extends WindowTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private final AtomicInteger quits = new AtomicInteger();
    private DesktopClient client;
    private DaemonProcess daemon;

    @AfterEach
    void closeAll() throws Exception {
        if (client != null) {
            GuiActionRunner.execute(() -> client.quit());
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void showsWhatRunsNotifiesAndKeepsTheClientWhenTheWindowCloses() throws Exception {
        assertThat(SystemTray.isSupported()).as("this display has no system tray; ./run-tests starts one").isTrue();
        daemon = startDaemon("--slots", "1");
        DesktopClient.Launch launch = new DesktopClient.Launch(new Home(dir.resolve("home")), dir.resolve("client"),
                MainWindowTest.cli(), true, quits::incrementAndGet);
        client = GuiActionRunner.execute(() -> DesktopClient.open(launch));
        TrayPresence tray = OnEdt.get(() -> client.tray().orElseThrow());
        assertThat(SystemTray.getSystemTray().getTrayIcons()).contains(tray.icon());
        OnEdt.await("idle once connected", LIMIT, () -> tray.status() == TrayStatus.IDLE);

        BatchView batch = new EchoBatches(daemon, dir.resolve("out")).submit("tray", 20, 50);
        OnEdt.await("running", LIMIT, () -> tray.status() == TrayStatus.RUNNING);
        assertThat(tray.icon().getToolTip()).isEqualTo("Primebatch: Batches running");
        OnEdt.await("a notice that the batch ended", LIMIT, () -> tray.lastNotice() != null);
        assertThat(tray.lastNotice()).isEqualTo(new BatchNotice(batch.id(), "tray succeeded", "20 of 20 cases succeeded", false));
        OnEdt.await("idle again", LIMIT, () -> tray.status() == TrayStatus.IDLE);

        GuiActionRunner.execute(() -> client.window().dispatchEvent(
                new java.awt.event.WindowEvent(client.window(), java.awt.event.WindowEvent.WINDOW_CLOSING)));
        OnEdt.await("the window hidden", LIMIT, () -> !client.window().isVisible());
        assertThat(quits.get()).isZero();

        PopupMenu menu = tray.icon().getPopupMenu();
        assertThat(labels(menu)).containsExactly("Open Primebatch", "New batch…", "-", "Quit");
        click(menu.getItem(0));
        OnEdt.await("the window back", LIMIT, () -> client.window().isVisible());

        daemon.kill();
        OnEdt.await("attention without a daemon", LIMIT, () -> tray.status() == TrayStatus.ATTENTION);

        click(menu.getItem(3));
        OnEdt.await("quit", LIMIT, () -> quits.get() == 1);
        assertThat(SystemTray.getSystemTray().getTrayIcons()).doesNotContain(tray.icon());
        client = null;
    }

    private static java.util.List<String> labels(PopupMenu menu) {
        java.util.List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < menu.getItemCount(); i++) {
            labels.add(menu.getItem(i).getLabel());
        }
        return labels;
    }

    /** What the desktop does when the item is chosen: its listeners run on the event dispatch thread. */
    private static void click(MenuItem item) {
        GuiActionRunner.execute(() -> {
            for (var listener : item.getActionListeners()) {
                listener.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, item.getActionCommand()));
            }
        });
    }
}
