package org.primebatch.swing.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.swing.batch.BatchPanel;
import org.primebatch.swing.model.BatchesModel;
import org.primebatch.swing.model.ConnectionState;
import org.primebatch.swing.model.DaemonConnection;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.submit.BatchCopy;
import org.primebatch.swing.submit.NewBatchDialog;

/**
 * The desktop client: one main window over the batches of one daemon, a tray icon where the desktop has a tray, and a
 * connection that follows the daemon across restarts. Closing the window hides it to the tray; quitting ends the
 * client and never the daemon.
 */
public final class DesktopClient {
    private static final Logger LOG = Logger.getLogger(DesktopClient.class.getName());

    /**
     * How the client is started.
     *
     * @param home         the daemon's home, whose socket the client connects to
     * @param clientFolder where the client keeps its settings and its single-instance lock
     * @param cli          the command that runs the {@code primebatch} command line (to start a daemon), or empty
     * @param useTray      whether to put an icon in the tray when the desktop has one
     * @param onQuit       what runs after the client has closed everything (the launcher exits the JVM)
     */
    public record Launch(Home home, Path clientFolder, List<String> cli, boolean useTray, Runnable onQuit) {
        public Launch {
            cli = List.copyOf(cli);
        }
    }

    private final Launch launch;
    private final BatchesModel model = new BatchesModel(Clock.systemUTC());
    private final DaemonConnection connection;
    private final DaemonLauncher launcher;
    private final MainWindow window;
    private final BatchesPanel batches;
    private final BatchPanel batchView;
    private final StatusBar status;
    private final Timer ticker;
    private final Action startDaemon;
    private Optional<TrayPresence> tray = Optional.empty();
    private ClientSettings settings;
    private ConnectionState connectionState = ConnectionState.NO_DAEMON;
    private boolean quitting;

    private DesktopClient(Launch launch, ClientSettings settings) {
        Edt.require();
        this.launch = launch;
        this.settings = settings;
        this.launcher = new DaemonLauncher(launch.home(), launch.cli());
        this.connection = new DaemonConnection(this::connect, model, new DaemonConnection.Listener() {
            @Override
            public void stateChanged(ConnectionState state) {
                connectionChanged(state);
            }

            @Override
            public void eventsArrived(List<Event> events) {
                DesktopClient.this.eventsArrived(events);
            }
        });
        this.startDaemon = Actions.of("&Start daemon", "Start the daemon for this user", null, e -> startDaemon());
        startDaemon.setEnabled(launcher.canStart());
        this.batchView = new BatchPanel(connection.requests());
        batchView.actions().onDuplicate(this::duplicate);
        batchView.gridSettings().set(settings.grid());
        batchView.gridSettings().addChangeListener(grid -> {
            this.settings = this.settings.withGrid(grid);
            this.settings.save(launch.clientFolder());
        });
        this.batches = new BatchesPanel(model, batchView::showBatch);
        this.status = new StatusBar(startDaemon, launcher.serviceHint().orElse(null));
        Action newBatch = Actions.of("&New batch…", "Choose a worksheet and cases and queue a batch", "ctrl N", e -> newBatch());
        Action quit = Actions.of("&Quit", "Close the client; the daemon keeps working", "ctrl Q", e -> quit());
        Action closeWindow = Actions.of("&Close window", "Hide the window; the client stays in the tray", "ctrl W", e -> closeWindow());
        Action about = Actions.of("&About Primebatch", null, null, e -> about());
        List<Action> themes = new ArrayList<>();
        for (Theme theme : Theme.values()) {
            Action action = Actions.of(theme.title(), "Use the " + theme.title().toLowerCase(Locale.ROOT) + " theme", null, e -> useTheme(theme));
            action.putValue(Action.SELECTED_KEY, theme == settings.theme());
            themes.add(action);
        }
        this.window = new MainWindow(batches, batchView, status,
                new MainWindow.WindowActions(newBatch, startDaemon, closeWindow, quit, about, themes, batchView.actions().all(),
                        batchView.gridSettings().significantFigureActions()),
                settings);
        window.addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosing(java.awt.event.WindowEvent e) {
                closeWindow();
            }
        });
        model.addChangeListener(this::batchesChanged);
        if (launch.useTray()) {
            Action open = Actions.of("&Open Primebatch", "Show the main window", null, e -> window.bringToFront());
            tray = TrayPresence.install(open, newBatch, quit);
        }
        this.ticker = new Timer(1000, e -> tick());
    }

    /** Opens the client's window and starts connecting; on the event dispatch thread. */
    public static DesktopClient open(Launch launch) {
        ClientSettings settings = ClientSettings.load(launch.clientFolder());
        DesktopClient client = new DesktopClient(launch, settings);
        client.window.setVisible(true);
        client.connection.start();
        client.ticker.start();
        return client;
    }

    public static void main(String[] args) throws Exception {
        Home home = Home.resolve(homeOption(args));
        Path clientFolder = ClientFolder.resolve();
        ClientSettings.load(clientFolder).theme().install();
        DesktopClient[] running = new DesktopClient[1];
        Optional<SingleInstance> instance = SingleInstance.claim(clientFolder,
                () -> SwingUtilities.invokeLater(() -> {
                    if (running[0] != null) {
                        running[0].window.bringToFront();
                    }
                }));
        if (instance.isEmpty()) {
            System.out.println("Primebatch is already running; brought it to the front.");
            return;
        }
        Launch launch = new Launch(home, clientFolder, DaemonLauncher.findCli(), true, () -> {
            instance.get().close();
            System.exit(0);
        });
        SwingUtilities.invokeAndWait(() -> running[0] = open(launch));
    }

    /** The main window, for tests. */
    MainWindow window() {
        return window;
    }

    JTable batchesTable() {
        return batches.table();
    }

    Optional<TrayPresence> tray() {
        return tray;
    }

    Optional<BatchView> batch(long id) {
        return model.batch(id);
    }

    boolean connected() {
        return connectionState == ConnectionState.CONNECTED;
    }

    /** Ends the client: remembers the layout, closes the connection and the windows; the daemon keeps running. */
    public void quit() {
        Edt.require();
        if (quitting) {
            return;
        }
        quitting = true;
        settings = window.layout(settings);
        settings.save(launch.clientFolder());
        ticker.stop();
        connection.close();
        tray.ifPresent(TrayPresence::close);
        for (java.awt.Window w : java.awt.Window.getWindows()) {
            if (w.isDisplayable() && (w == window || w.getOwner() == window)) {
                w.dispose();
            }
        }
        launch.onQuit().run();
    }

    private DaemonClient connect() {
        try {
            return DaemonClient.connect(Endpoint.forHome(launch.home()), "primebatch-desktop");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeWindow() {
        if (tray.isPresent()) {
            settings = window.layout(settings);
            settings.save(launch.clientFolder());
            window.setVisible(false);
        } else {
            quit(); // without a tray the window is the only way back
        }
    }

    private void newBatch() {
        window.bringToFront();
        newBatchDialog().open();
    }

    /** A New batch dialog filled as the last one was left, which remembers in the client's folder. */
    private NewBatchDialog newBatchDialog() {
        return new NewBatchDialog(window, connection.requests(), view -> {
            status.showMessage("Batch " + view.id() + " queued");
            model.put(view);
            batches.select(view.id());
        }, new NewBatchDialog.Options(launch.clientFolder(), startDaemon));
    }

    /** Opens a finished batch's settings and cases in a New batch dialog, to change and run again. */
    private void duplicate(BatchView view) {
        status.showMessage("Reading the cases of batch " + view.id() + "…");
        Edt.onAnswer(BatchCopy.load(connection.requests(), view.id()), (copy, error) -> {
            if (error != null) {
                String message = Failures.message(error);
                status.showMessage("Cannot duplicate batch " + view.id() + ": " + message);
                JOptionPane.showMessageDialog(window, message, "Cannot duplicate the batch", JOptionPane.ERROR_MESSAGE);
                return;
            }
            status.showMessage("Batch " + view.id() + " opened as a new batch");
            NewBatchDialog dialog = newBatchDialog();
            dialog.duplicate(copy);
            dialog.open();
        });
    }

    private void startDaemon() {
        startDaemon.setEnabled(false);
        status.showMessage("Starting the daemon…");
        Edt.onAnswer(CompletableFuture.supplyAsync(() -> {
            try {
                return launcher.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }), (said, error) -> {
            startDaemon.setEnabled(canStartDaemon());
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                status.showMessage("The daemon did not start: " + cause.getMessage());
                JOptionPane.showMessageDialog(window, cause.getMessage(), "Cannot start the daemon", JOptionPane.ERROR_MESSAGE);
            } else {
                status.showMessage(capitalized(said));
            }
        });
    }

    /** A daemon is started only when none answers and this user may start one. */
    private boolean canStartDaemon() {
        return connectionState != ConnectionState.CONNECTED && launcher.canStart();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void useTheme(Theme theme) {
        settings = settings.withTheme(theme);
        settings.save(launch.clientFolder());
        theme.apply();
    }

    private void about() {
        JOptionPane.showMessageDialog(window, "Primebatch desktop client\nRuns Mathcad Prime worksheets in batches.\n\nDaemon home: "
                + launch.home().dir(), "About Primebatch", JOptionPane.INFORMATION_MESSAGE);
    }

    private void connectionChanged(ConnectionState state) {
        connectionState = state;
        if (state == ConnectionState.CONNECTED) {
            for (java.awt.Window w : java.awt.Window.getWindows()) {
                if (w instanceof NewBatchDialog dialog && dialog.isDisplayable()) {
                    dialog.daemonConnected();
                }
            }
        }
        startDaemon.setEnabled(canStartDaemon());
        status.showConnection(state);
        updateTray();
        if (state == ConnectionState.CONNECTED) {
            loadDaemonStatus();
        }
    }

    private void loadDaemonStatus() {
        Edt.onAnswer(connection.requests().call(Protocol.DAEMON_STATUS, null, DaemonStatus.class), (daemon, error) -> {
                    if (daemon != null && connectionState == ConnectionState.CONNECTED) {
                        status.showDaemon(daemon);
                    } else if (error != null) {
                        LOG.log(Level.FINE, "daemon.status failed", error);
                    }
                });
    }

    private void eventsArrived(List<Event> events) {
        batchView.eventsArrived(events);
        boolean engines = false;
        for (Event event : events) {
            engines |= event.type().startsWith("engine.");
        }
        if (engines) {
            loadDaemonStatus();
        }
        if (tray.isPresent()) {
            events.stream().filter(e -> Event.BATCH_FINISHED.equals(e.type())).forEach(this::notifyFinished);
        }
    }

    /** The counts in the model may predate the last cases: the notice asks for the batch as it ended. */
    private void notifyFinished(Event finished) {
        Edt.onAnswer(connection.requests().call(Protocol.BATCH_GET, Json.object().put("batch", finished.batch()), BatchView.class),
                (view, error) -> tray.ifPresent(t -> t.notify(BatchNotice.of(finished, Optional.ofNullable(view)))));
    }

    private void batchesChanged() {
        BatchView selected = batches.selected();
        if (selected != null) {
            batchView.showBatch(selected);
        }
        updateTray();
    }

    private void updateTray() {
        tray.ifPresent(t -> t.show(TrayStatus.of(model.all(), connectionState)));
    }

    /** Rates and ETAs move with the clock while batches run. */
    private void tick() {
        for (BatchView view : model.all()) {
            if (view.state() == BatchState.RUNNING) {
                model.refresh();
                return;
            }
        }
    }

    private static Path homeOption(String[] args) {
        for (int i = 0; i < args.length - 1; i++) {
            if ("--home".equals(args[i])) {
                return Path.of(args[i + 1]);
            }
        }
        return null;
    }
}
