package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.AbstractButton;
import javax.swing.JMenuItem;
import javax.swing.JTable;
import org.assertj.swing.core.matcher.JButtonMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.client.Home;
import org.primebatch.swing.model.BatchesTableModel;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.OnEdt;
import org.primebatch.swing.testing.Screenshots;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

class MainWindowTest extends WindowTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private final List<DaemonProcess> daemons = new ArrayList<>();
    private final AtomicInteger quits = new AtomicInteger();
    private DesktopClient client;

    @AfterEach
    void closeAll() throws Exception {
        if (client != null) {
            GuiActionRunner.execute(() -> client.quit());
        }
        for (DaemonProcess daemon : daemons) {
            daemon.close();
        }
    }

    private DaemonProcess daemon(String... args) throws Exception {
        DaemonProcess daemon = startDaemon(args);
        daemons.add(daemon);
        return daemon;
    }

    private FrameFixture openClient() {
        DesktopClient.Launch launch = new DesktopClient.Launch(new Home(dir.resolve("home")), dir.resolve("client"),
                cli(), false, quits::incrementAndGet);
        client = GuiActionRunner.execute(() -> DesktopClient.open(launch));
        return new FrameFixture(robot, client.window());
    }

    /** The command line, run with this JVM's class path (which holds the daemon's classes in tests). */
    static List<String> cli() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "org.primebatch.cli.Main");
    }

    @Test
    void listsBatchesNewestFirstAndFollowsOneToTheEnd() throws Exception {
        DaemonProcess daemon = daemon("--slots", "2");
        BatchView first = new EchoBatches(daemon, dir.resolve("out")).submit("first", 3, 0);
        daemon.awaitFinal(first.id(), LIMIT);
        FrameFixture window = openClient();
        awaitConnected(window);
        OnEdt.await("the daemon's version and engines", LIMIT,
                () -> window.label("engines").target().getText().contains("echo"));

        BatchView second = new EchoBatches(daemon, dir.resolve("out")).submit("second", 40, 20);
        JTable table = window.table("batches").target();
        OnEdt.await("the second batch to be listed first", LIMIT,
                () -> table.getRowCount() == 2 && "second".equals(table.getValueAt(0, 0)));
        window.table("batches").selectRows(0);
        OnEdt.await("the second batch to finish in the list", LIMIT, () -> {
            var progress = (BatchesTableModel.Progress) table.getValueAt(0, BatchesTableModel.Column.PROGRESS.ordinal());
            return progress.done() == 40 && "succeeded".equals(table.getValueAt(0, BatchesTableModel.Column.STATE.ordinal()));
        });
        assertThat(daemon.batch(second.id()).state()).isEqualTo(BatchState.SUCCEEDED);
        // the selection stayed on the batch through every update
        assertThat(OnEdt.get(() -> table.getSelectedRow())).isZero();
        Screenshots.save(client.window(), "main-window");

        window.comboBox("stateFilter").selectItem(1); // queued: none
        OnEdt.await("the filter to hide every batch", LIMIT, () -> table.getRowCount() == 0);
        window.comboBox("stateFilter").selectItem(0);
        OnEdt.await("both batches back", LIMIT, () -> table.getRowCount() == 2);
    }

    @Test
    void everyCommandOfTheBatchViewIsOnScreenAtTheWindowsFirstSize() throws Exception {
        DaemonProcess daemon = daemon();
        BatchView batch = new EchoBatches(daemon, dir.resolve("out")).submit("commands", 1, 0);
        daemon.awaitFinal(batch.id(), LIMIT);
        FrameFixture window = openClient();
        JTable table = window.table("batches").target();
        OnEdt.await("the batch in the list", LIMIT, () -> table.getRowCount() == 1);
        window.table("batches").selectRows(0);
        javax.swing.JToolBar toolbar = window.toolBar("batchToolbar").target();
        OnEdt.await("the batch's commands to show", LIMIT, toolbar::isShowing);

        OnEdt.await("every command of the batch view whole on screen", LIMIT, () -> java.util.Arrays
                .stream(toolbar.getComponents())
                .allMatch(button -> button.isShowing() && toolbar.getVisibleRect().contains(button.getBounds())));
        assertThat(OnEdt.get(() -> java.util.Arrays.stream(toolbar.getComponents()).map(java.awt.Component::getName).toList()))
                .startsWith("pauseButton").endsWith("duplicateButton");
        Screenshots.save(client.window(), "main-window-batch-commands");
    }

    @Test
    void reconnectsAfterTheDaemonRestartsWithoutLosingOrRepeatingUpdates() throws Exception {
        DaemonProcess daemon = daemon("--slots", "1");
        FrameFixture window = openClient();
        awaitConnected(window);
        EchoBatches batches = new EchoBatches(daemon, dir.resolve("out"));
        // the case running when the daemon is killed has that attempt counted: it needs a retry to succeed
        BatchView batch = batches.submit(batches.spec("across a restart").put("retries", 2), 30, i -> java.util.Map.of("_delay_ms", 100));
        JTable table = window.table("batches").target();
        OnEdt.await("some cases done", LIMIT, () -> table.getRowCount() == 1
                && ((BatchesTableModel.Progress) table.getValueAt(0, BatchesTableModel.Column.PROGRESS.ordinal())).done() > 2);

        daemon.kill();
        OnEdt.await("the client to notice", LIMIT, () -> "Reconnecting…".equals(window.label("connectionState").target().getText()));
        Screenshots.save(client.window(), "main-window-reconnecting");

        DaemonProcess again = daemon("--slots", "1");
        OnEdt.await("connected again", LIMIT, () -> "Connected".equals(window.label("connectionState").target().getText()));
        again.awaitFinal(batch.id(), LIMIT);
        OnEdt.await("the batch to show as finished", LIMIT, () -> {
            var progress = (BatchesTableModel.Progress) table.getValueAt(0, BatchesTableModel.Column.PROGRESS.ordinal());
            return progress.done() == 30 && "succeeded".equals(table.getValueAt(0, BatchesTableModel.Column.STATE.ordinal()));
        });
        assertThat(OnEdt.get(table::getRowCount)).isEqualTo(1);

        BatchView after = new EchoBatches(again, dir.resolve("out")).submit("after the restart", 2, 0);
        OnEdt.await("the new batch listed once", LIMIT, () -> table.getRowCount() == 2);
        again.awaitFinal(after.id(), LIMIT);
    }

    @Test
    void startsTheDaemonWhenNoneRuns() throws Exception {
        Home home = new Home(dir.resolve("home"));
        FrameFixture window = openClient();
        window.label("connectionState").requireText("No daemon");
        window.button("startDaemon").requireVisible().click();
        try {
            OnEdt.await("connected to the daemon the client started", LIMIT,
                    () -> "Connected".equals(window.label("connectionState").target().getText()));
            assertThat(DaemonProcess.answers(home)).isTrue();
            javax.swing.JButton start = robot.finder().findByName(client.window(), "startDaemon", javax.swing.JButton.class, false);
            OnEdt.await("the start button hidden", LIMIT, () -> !start.isShowing());
        } finally {
            new ProcessBuilder(withArgs(cli(), "--home", home.dir().toString(), "stop")).inheritIO().start().waitFor();
        }
    }

    @Test
    void closingTheWindowWithoutATrayQuitsTheClientButNotTheDaemon() throws Exception {
        DaemonProcess daemon = daemon();
        FrameFixture window = openClient();
        awaitConnected(window);
        window.close();
        OnEdt.await("the client to quit", LIMIT, () -> quits.get() == 1);
        assertThat(daemon.isAlive()).isTrue();
        assertThat(DaemonProcess.answers(daemon.home())).isTrue();
        client = null;
    }

    @Test
    void menusToolbarAndKeysShareOneActionEach() throws Exception {
        daemon();
        FrameFixture window = openClient();
        JMenuItem menuItem = window.menuItemWithPath("File", "New batch…").target();
        AbstractButton toolbarButton = window.button("toolbar.newBatch").target();
        assertThat(toolbarButton.getAction()).isSameAs(menuItem.getAction());
        assertThat(menuItem.getAccelerator()).hasToString("ctrl pressed N");
    }

    @Test
    void remembersThemeAndLayoutBetweenRuns() throws Exception {
        daemon();
        FrameFixture window = openClient();
        window.menuItemWithPath("View", "Theme", "Dark").click();
        GuiActionRunner.execute(() -> client.window().setBounds(40, 50, 900, 640));
        robot.waitForIdle();
        Screenshots.save(client.window(), "main-window-dark");
        GuiActionRunner.execute(() -> client.quit());
        client = null;
        Path saved = dir.resolve("client").resolve("client.properties");
        assertThat(Files.readString(saved)).contains("theme=dark").contains("window.bounds=40,50,900,640");

        FrameFixture reopened = openClient();
        assertThat(OnEdt.get(() -> client.window().getBounds())).isEqualTo(new java.awt.Rectangle(40, 50, 900, 640));
        assertThat(OnEdt.get(() -> javax.swing.UIManager.getLookAndFeel().getName())).containsIgnoringCase("dark");
        reopened.menuItemWithPath("View", "Theme", "Light").click();
        assertThat(Files.readString(saved)).contains("theme=light");
    }

    @Test
    void theSignificantFiguresOfTheCasesTableAreAViewSettingKeptBetweenRuns() throws Exception {
        daemon();
        FrameFixture window = openClient();
        JMenuItem four = window.menuItemWithPath("View", "Significant figures", "4 significant figures").target();
        assertThat(OnEdt.get(four::isSelected)).isTrue();
        window.menuItemWithPath("View", "Significant figures", "6 significant figures").click();
        Path saved = dir.resolve("client").resolve("client.properties");
        assertThat(Files.readString(saved)).contains("cases.significantFigures=6");
        GuiActionRunner.execute(() -> client.quit());
        client = null;

        FrameFixture reopened = openClient();
        JMenuItem six = reopened.menuItemWithPath("View", "Significant figures", "6 significant figures").target();
        assertThat(OnEdt.get(six::isSelected)).isTrue();
        reopened.menuItemWithPath("View", "Significant figures", "3 significant figures").click();
        assertThat(Files.readString(saved)).contains("cases.significantFigures=3");
    }

    private static void awaitConnected(FrameFixture window) throws InterruptedException {
        OnEdt.await("connected", LIMIT, () -> "Connected".equals(window.label("connectionState").target().getText()));
    }

    private static List<String> withArgs(List<String> command, String... args) {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        return all;
    }
}
