package org.primebatch.daemon;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.access.Callers;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.EngineInfo;
import org.primebatch.api.Protocol;
import org.primebatch.api.Event;
import org.primebatch.api.Json;
import org.primebatch.engine.Engine;
import org.primebatch.queue.Engines;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.host.EngineFactory;
import org.primebatch.engine.host.HostSettings;
import org.primebatch.engine.host.HostedEngine;
import org.primebatch.engine.host.OwnProcess;
import org.primebatch.engine.host.ProcessLedger;
import org.primebatch.store.EngineProcess;
import org.primebatch.queue.Runner;
import org.primebatch.report.PoiTempFiles;
import org.primebatch.report.ResultFiles;
import org.primebatch.queue.RunnerConfig;
import org.primebatch.queue.Submitter;
import org.primebatch.server.DaemonControl;
import org.primebatch.server.EventHub;
import org.primebatch.server.RpcMethods;
import org.primebatch.server.RpcServer;
import org.primebatch.server.ServerConfig;
import org.primebatch.store.SqliteQueueStore;

/**
 * The daemon: one per home. Holds the home's lock, owns the queue, runs the engines and serves the protocol until
 * asked to stop (by {@code daemon.shutdown}, {@code primebatch stop} or SIGTERM). Stopping returns running cases to
 * the queue; a daemon killed outright leaves them leased, and the next one returns them at start.
 */
public final class Daemon implements DaemonControl, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Daemon.class.getName());

    /**
     * JVM options of a daemon started in the background. A bounded heap and the serial collector keep a long-lived
     * daemon small: the queue lives in SQLite, not in the heap, and the work is I/O-bound.
     */
    public static final List<String> JVM_OPTIONS = List.of("-Xms16m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:MaxMetaspaceSize=96m", "-XX:ReservedCodeCacheSize=48m", "-Xss512k");

    private final DaemonOptions options;
    private final String bootId = UUID.randomUUID().toString();
    private final Instant startedAt = Instant.now();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private DaemonLock lock;
    private SqliteQueueStore store;
    private Engines engines;
    private Runner runner;
    private RpcServer server;
    private ScheduledExecutorService housekeeping;
    private EventHub hub;
    private BatchOutputs outputs;
    private final List<HostedEngine> hostedEngines = new ArrayList<>();

    /** Engines given by the caller instead of those the configuration makes, or null. */
    private final List<Engine> givenEngines;

    private Daemon(DaemonOptions options, List<Engine> givenEngines) {
        this.options = options;
        this.givenEngines = givenEngines;
    }

    public static String version() {
        String v = Daemon.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** Starts a daemon for the options' home; throws when another daemon holds it. */
    public static Daemon start(DaemonOptions options) throws IOException {
        return start(options, null);
    }

    /**
     * Starts a daemon that runs its cases on {@code engines}, made by the caller and run in its process (an application
     * embedding the daemon, or a test with the fake Mathcad Prime); null for the engines of the configuration.
     */
    public static Daemon start(DaemonOptions options, List<Engine> engines) throws IOException {
        Daemon daemon = new Daemon(options, engines == null ? null : List.copyOf(engines));
        try {
            daemon.open();
        } catch (IOException | RuntimeException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    private void open() throws IOException {
        Path home = options.home().dir();
        HomeModes modes = new HomeModes(options.groupAccess());
        modes.createDirectory(home);
        Path run = options.home().runDir();
        modes.createDirectory(run);
        modes.apply(run);
        lock = DaemonLock.acquire(options.home().lockFile());
        // before the home's modes are tightened: a configuration others could write is refused, never made private
        EngineConfig config = EngineConfig.load(options.home().dir().resolve(EngineConfig.FILE_NAME));
        modes.secure(home);
        modes.createFile(options.home().queueDb());
        DaemonLog.install(options.home().logsDir(), options.logMaxBytes(), 5, modes);
        LOG.info("daemon " + version() + " starting, PID " + ProcessHandle.current().pid() + ", home " + home + ", boot " + bootId);
        for (String path : modes.takeTightened()) {
            LOG.warning("tightened the mode of " + path + ": it was open to users the home is not shared with");
        }
        PoiTempFiles.useFolder(home.resolve("tmp"));

        store = SqliteQueueStore.open(options.home().queueDb());
        killLeftoverProcesses();
        RunnerConfig runnerConfig = RunnerConfig.defaults();
        int recovered = store.recover(bootId, Instant.now(), runnerConfig.decisions());
        if (recovered > 0) {
            LOG.info("returned " + recovered + " cases left running by an earlier daemon to the queue");
        }
        hub = new EventHub(store);
        outputs = new BatchOutputs(store, resultContext());
        store.onEvents(events -> {
            hub.accept(events);
            outputs.accept(events);
        });

        engines = new Engines(givenEngines != null ? givenEngines : createEngines(config));
        runner = new Runner(store, engines, runnerConfig, bootId, Clock.systemUTC());
        runner.start();

        RpcMethods methods = new RpcMethods(store, new Submitter(store, engines, runner, home, home.resolve("results")), runner, engines, hub, this);
        server = new RpcServer(new ServerConfig(options.home().socket(), options.tcp(), options.tcpPort(),
                options.home().connectionFile(), version(), 10_000, options.groupAccess()), methods, callers(config));
        server.start();

        housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "primebatch-housekeeping");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(this::pruneEvents, 1, 10, TimeUnit.MINUTES);
        LOG.info("daemon ready on " + options.home().socket() + (options.tcp() ? " and 127.0.0.1:" + server.tcpPort() : ""));
    }

    /** Who connects, and who is an admin: the daemon's own user, root and the members of {@code admin.group}. */
    private static Callers callers(EngineConfig config) throws IOException {
        try {
            return new Callers(config.adminGroup());
        } catch (IOException e) {
            throw new IOException("config.properties: admin.group " + config.adminGroup() + " is not a group of this system", e);
        }
    }

    /** Kills the engine hosts, and the processes they started, that a daemon of an earlier boot left running. */
    private void killLeftoverProcesses() {
        for (EngineProcess p : store.processesOfOtherBoots(bootId)) {
            if (OwnProcess.kill(p.pid(), p.startedAt())) {
                LOG.warning("killed " + p.role() + " process " + p.pid() + " of the " + p.engine() + " engine, left by an earlier daemon");
            }
        }
        store.forgetOtherBoots(bootId);
    }

    private List<Engine> createEngines(EngineConfig config) {
        Path configFile = options.home().dir().resolve(EngineConfig.FILE_NAME);
        boolean inProcess = options.inProcess() || config.inProcess();
        List<Engine> created = new ArrayList<>();
        for (String name : EngineFactory.NAMES) {
            int slots = config.slots(name, defaultSlots(name));
            Engine local = EngineFactory.create(name, inProcess ? slots : 1, config.engineSettings(name), StartedProcesses.NONE);
            if (inProcess) {
                created.add(local);
                continue;
            }
            Supplier<HostSettings> settings = () -> {
                try {
                    return EngineConfig.load(configFile).hostSettings(name);
                } catch (IOException | RuntimeException e) {
                    LOG.warning("cannot read " + configFile + " (" + e.getMessage() + "); the " + name + " host starts with the settings read at start");
                    return config.hostSettings(name);
                }
            };
            HostedEngine hosted = new HostedEngine(local, slots, settings, ledger(), engineEvents(), Clock.systemUTC());
            hostedEngines.add(hosted);
            created.add(hosted);
        }
        return created;
    }

    private int defaultSlots(String engine) {
        return switch (engine) {
            case "echo" -> options.echoSlots();
            case "mathcad" -> 1;
            default -> Runtime.getRuntime().availableProcessors();
        };
    }

    private ProcessLedger ledger() {
        return new ProcessLedger() {
            @Override
            public void started(String engine, String role, long pid, Instant startedAt) {
                store.recordProcess(bootId, new EngineProcess(pid, startedAt, engine, role));
            }

            @Override
            public void ended(long pid) {
                try {
                    store.forgetProcess(bootId, pid);
                } catch (RuntimeException e) {
                    // the store closed first (daemon stopping): the next boot finds the PID gone and forgets it
                    LOG.fine("could not forget process " + pid + ": " + e.getMessage());
                }
            }
        };
    }

    private HostedEngine.Events engineEvents() {
        return new HostedEngine.Events() {
            @Override
            public void heldBack(String engine, String reason, Instant until) {
                store.appendEvent(Event.ENGINE_UNAVAILABLE, Json.object().put("engine", engine).put("reason", reason)
                        .put("until", until.toString()));
            }

            @Override
            public void back(String engine) {
                store.appendEvent(Event.ENGINE_AVAILABLE, Json.object().put("engine", engine));
            }
        };
    }

    private void pruneEvents() {
        try {
            long keepFrom = Math.min(hub.oldestNeeded(), store.lastEventSeq());
            int pruned = store.pruneEvents(Instant.now().minus(options.eventRetention()), keepFrom);
            if (pruned > 0) {
                LOG.info("pruned " + pruned + " old events");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pruning events failed", e);
        }
    }

    public int tcpPort() {
        return server.tcpPort();
    }

    @Override
    public DaemonStatus status() {
        return new DaemonStatus(Protocol.PRODUCT, version(), ProcessHandle.current().pid(), options.home().dir().toString(),
                startedAt, bootId, engines(), store.totals(), store.lastEventSeq());
    }

    @Override
    public ResultFiles.Context resultContext() {
        return new ResultFiles.Context(version(), name -> engines.find(name).map(Engine::version).orElse("unknown"));
    }

    @Override
    public List<EngineInfo> engines() {
        return engines.all().stream().map(this::info).toList();
    }

    private EngineInfo info(Engine engine) {
        Engine.Availability a = engine.availability();
        if (engine instanceof HostedEngine hosted) {
            HostedEngine.HostStats stats = hosted.stats();
            return new EngineInfo(engine.name(), a.available(), a.reason(), engine.version(), engine.defaultSlots(),
                    runner.casesDone(engine.name()), true, stats.alive(), stats.restarts(), stats.recycled());
        }
        return new EngineInfo(engine.name(), a.available(), a.reason(), engine.version(), engine.defaultSlots(),
                runner.casesDone(engine.name()), false, 0, 0, 0);
    }

    @Override
    public void shutdown() {
        Thread t = new Thread(this::close, "primebatch-shutdown");
        t.start();
    }

    /** Blocks until the daemon has stopped. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            LOG.info("daemon stopping");
            if (housekeeping != null) {
                housekeeping.shutdownNow();
            }
            if (runner != null) {
                runner.close();
            }
            hostedEngines.forEach(HostedEngine::close);
            if (server != null) {
                server.close();
            }
            if (outputs != null) {
                outputs.close();
            }
            if (store != null) {
                store.close();
            }
            LOG.info("daemon stopped");
            if (lock != null) {
                lock.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.SEVERE, "error while stopping", e);
        } finally {
            stopped.countDown();
        }
    }

    /** Runs the daemon in the foreground until it is stopped; SIGTERM and Ctrl-C stop it gracefully. */
    public void runUntilStopped() throws InterruptedException {
        Thread hook = new Thread(this::close, "primebatch-sigterm");
        Runtime.getRuntime().addShutdownHook(hook);
        awaitStop();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // the JVM is already exiting through the hook
        }
    }
}
