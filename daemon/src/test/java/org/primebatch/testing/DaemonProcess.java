package org.primebatch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.cli.Main;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import org.primebatch.daemon.DaemonChild;

/** A real daemon in a child JVM ({@code primebatch --home H daemon}), started with this JVM's class path. */
public final class DaemonProcess implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static int started;

    private final Home home;
    private final Process process;
    private final Path console;

    private DaemonProcess(Home home, Process process, Path console) {
        this.home = home;
        this.process = process;
        this.console = console;
    }

    /** Starts a daemon for {@code home} and waits until it answers. */
    public static DaemonProcess start(Path home, String... daemonArgs) throws IOException, InterruptedException {
        Path console;
        synchronized (DaemonProcess.class) {
            console = home.resolve("daemon-" + (++started) + ".out");
        }
        Home daemonHome = new Home(home);
        Process process;
        try {
            process = DaemonChild.start(DaemonChild.command(Main.class.getName(), daemonHome, List.of(daemonArgs)), daemonHome,
                    console, START_LIMIT, false);
        } catch (DaemonChild.StartFailure e) {
            throw new IllegalStateException(e.getMessage() + ": " + text(console), e);
        }
        return new DaemonProcess(daemonHome, process, console);
    }

    /** True when a daemon of this home completes the handshake. */
    public static boolean answers(Home home) {
        return DaemonChild.answers(home, "test");
    }

    public DaemonClient client() throws IOException {
        return DaemonClient.connect(Endpoint.forHome(home), "test");
    }

    public Home home() {
        return home;
    }

    /** The batch as {@code batch.get} reports it. */
    public BatchView batch(long batchId) {
        try (DaemonClient client = client()) {
            return client.call(Protocol.BATCH_GET, Json.object().put("batch", batchId), BatchView.class);
        } catch (IOException e) {
            throw new IllegalStateException("the daemon does not answer: " + consoleText(), e);
        }
    }

    /** Every item of the batch, in seq order, read page by page. */
    public List<ItemView> items(long batchId) {
        List<ItemView> items = new ArrayList<>();
        try (DaemonClient client = client()) {
            long after = 0;
            while (true) {
                JsonNode page = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batchId).put("after", after).put("limit", 1000));
                for (JsonNode item : page.get("items")) {
                    items.add(Json.MAPPER.convertValue(item, ItemView.class));
                }
                if (page.get("next").isNull()) {
                    return items;
                }
                after = page.get("next").asLong();
            }
        } catch (IOException e) {
            throw new IllegalStateException("the daemon does not answer: " + consoleText(), e);
        }
    }

    /** Waits until the batch is finished and returns it. */
    public BatchView awaitFinal(long batchId, Duration limit) throws InterruptedException {
        await("batch " + batchId + " to end", limit, () -> batch(batchId).state().isFinal());
        return batch(batchId);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL, then wait until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM (on Windows, the process is ended outright). */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the process to end by itself; true when it did. */
    public boolean awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    public int exitValue() {
        return process.exitValue();
    }

    public String consoleText() {
        return text(console);
    }

    private static String text(Path console) {
        try {
            return Files.exists(console) ? Files.readString(console) : "";
        } catch (IOException e) {
            return "(cannot read " + console + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** Polls {@code condition} every 50 ms until it holds; fails after {@code limit} (a safety limit, not a timing). */
    public static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting (" + limit.toSeconds() + " s) for " + what);
            }
            Thread.sleep(50);
        }
    }

    /** Deletes a folder tree, best effort. */
    public static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }
}
