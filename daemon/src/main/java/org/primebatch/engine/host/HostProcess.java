package org.primebatch.engine.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.primebatch.api.Json;
import org.primebatch.engine.EngineException;

/**
 * One engine host seen from the daemon: the child JVM, its request/reply channel, its heartbeat, and the processes it
 * reported starting. Calls are made by one thread at a time; the reader and the stderr pump run on their own threads.
 */
final class HostProcess {
    private static final Logger LOG = Logger.getLogger(HostProcess.class.getName());
    private static final long POLL_MILLIS = 100;
    private static final int STDERR_TAIL = 20;

    private final String engine;
    private final Process process;
    private final Instant startedAt;
    private final ProcessLedger ledger;
    private final Duration heartbeatTimeout;
    private final OutputStream stdin;
    private final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final Map<Long, Instant> children = new ConcurrentHashMap<>();
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final AtomicLong ids = new AtomicLong();
    private volatile long lastHeardNanos = System.nanoTime();
    private volatile boolean killed;
    private Thread errors;
    private String version = "";

    private HostProcess(String engine, Process process, ProcessLedger ledger, Duration heartbeatTimeout) {
        this.engine = engine;
        this.process = process;
        this.startedAt = process.info().startInstant().orElse(null);
        this.ledger = ledger;
        this.heartbeatTimeout = heartbeatTimeout;
        this.stdin = process.getOutputStream();
    }

    /** Starts a host for {@code engine} and waits until it says it is ready. */
    static HostProcess start(String engine, HostSettings settings, ProcessLedger ledger) throws HostFailure, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(HostSettings.DEFAULT_JVM_OPTIONS);
        command.addAll(settings.jvmOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), HostMain.class.getName(), engine));
        settings.engineSettings().forEach((key, value) -> command.add(key + "=" + value));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new HostFailure(HostFailure.Kind.START_FAILED, "could not be started: " + e.getMessage());
        }
        HostProcess host = new HostProcess(engine, process, ledger, settings.heartbeatTimeout());
        ledger.started(engine, ProcessLedger.HOST, process.pid(), host.startedAt);
        host.startThreads();
        try {
            JsonNode hello = host.ready.get(settings.startTimeout().toMillis(), TimeUnit.MILLISECONDS);
            host.version = hello.path("version").asText();
            return host;
        } catch (ExecutionException e) {
            host.kill();
            throw new HostFailure(HostFailure.Kind.START_FAILED, "exited at start" + host.exitDetail());
        } catch (TimeoutException e) {
            host.kill();
            throw new HostFailure(HostFailure.Kind.START_FAILED, "was not ready within " + settings.startTimeout().toSeconds() + " s" + host.exitDetail());
        } catch (InterruptedException e) {
            host.kill();
            throw e;
        }
    }

    private void startThreads() {
        String tag = engine + " host " + process.pid();
        Thread reader = new Thread(this::readReplies, "primebatch-" + tag);
        reader.setDaemon(true);
        reader.start();
        errors = new Thread(() -> pumpStderr(tag), "primebatch-" + tag + "-stderr");
        errors.setDaemon(true);
        errors.start();
        process.onExit().thenRun(() -> ledger.ended(process.pid()));
    }

    private void readReplies() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                lastHeardNanos = System.nanoTime();
                JsonNode message;
                try {
                    message = Json.parse(line);
                } catch (IOException e) {
                    LOG.warning(engine + " host " + process.pid() + " wrote a line that is not JSON: " + abbreviate(line));
                    continue;
                }
                dispatch(message);
            }
        } catch (IOException e) {
            // the pipe broke: the host is gone
        }
        HostFailure gone = new HostFailure(HostFailure.Kind.DIED, "ended" + exitDetail());
        ready.completeExceptionally(gone);
        pending.values().forEach(f -> f.completeExceptionally(gone));
    }

    private void dispatch(JsonNode message) {
        switch (message.path(HostProtocol.TYPE).asText()) {
            case HostProtocol.READY -> ready.complete(message);
            case HostProtocol.REPLY -> {
                CompletableFuture<JsonNode> call = pending.remove(message.path("id").asLong());
                if (call != null) {
                    call.complete(message);
                }
            }
            case HostProtocol.STARTED -> {
                long pid = message.path("pid").asLong();
                Instant at = message.hasNonNull("startedAt") ? Instant.ofEpochMilli(message.get("startedAt").asLong()) : null;
                children.put(pid, at == null ? Instant.EPOCH : at);
                ledger.started(engine, ProcessLedger.STARTED_BY_HOST, pid, at);
                LOG.info(engine + " host " + process.pid() + " started process " + pid);
            }
            case HostProtocol.ENDED -> {
                long pid = message.path("pid").asLong();
                children.remove(pid);
                ledger.ended(pid);
            }
            default -> {
                // heartbeat: lastHeardNanos is all it carries
            }
        }
    }

    private void pumpStderr(String tag) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null) {
                LOG.info("[" + tag + "] " + line);
                synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_TAIL) {
                        stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                }
            }
        } catch (IOException ignored) {
            // the host is gone
        }
    }

    /**
     * Sends one request and waits for its reply. Returns the result; an engine error comes back as the engine's
     * exception; a host that dies, goes silent or outlives {@code timeout} is a {@link HostFailure}.
     */
    JsonNode call(String op, ObjectNode params, Duration timeout) throws EngineException, HostFailure, InterruptedException {
        long id = ids.incrementAndGet();
        ObjectNode request = params == null ? Json.object() : params.deepCopy();
        request.put("id", id).put("op", op);
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        try {
            byte[] line = (Json.write(request) + "\n").getBytes(StandardCharsets.UTF_8);
            synchronized (stdin) {
                stdin.write(line);
                stdin.flush();
            }
        } catch (IOException e) {
            pending.remove(id);
            throw new HostFailure(HostFailure.Kind.DIED, "ended" + exitDetail());
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                JsonNode message = reply.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (message.hasNonNull("error")) {
                    throw HostProtocol.error(message.get("error"));
                }
                return message.get("result");
            } catch (ExecutionException e) {
                throw e.getCause() instanceof HostFailure f ? f : new HostFailure(HostFailure.Kind.DIED, String.valueOf(e.getCause()));
            } catch (TimeoutException e) {
                long now = System.nanoTime();
                if (now - deadline > 0) {
                    pending.remove(id);
                    throw new HostFailure(HostFailure.Kind.TIMED_OUT, op + " did not finish within " + timeout.toSeconds() + " s");
                }
                if (now - lastHeardNanos > heartbeatTimeout.toNanos()) {
                    pending.remove(id);
                    throw new HostFailure(HostFailure.Kind.SILENT, "stopped answering (no heartbeat for "
                            + heartbeatTimeout.toSeconds() + " s)");
                }
            } catch (InterruptedException e) {
                pending.remove(id);
                throw e;
            }
        }
    }

    boolean alive() {
        return process.isAlive() && !killed && System.nanoTime() - lastHeardNanos <= heartbeatTimeout.toNanos();
    }

    long pid() {
        return process.pid();
    }

    String version() {
        return version;
    }

    /** Kills the host and every process it reported starting, by PID, and waits for the host to end. */
    void kill() {
        killed = true;
        children.forEach((pid, at) -> {
            if (OwnProcess.kill(pid, at == Instant.EPOCH ? null : at)) {
                LOG.info("killed process " + pid + " started by the " + engine + " host " + process.pid());
            }
            ledger.ended(pid);
        });
        children.clear();
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(5));
    }

    /** Asks the host to finish (closing its session) and kills it if it has not ended within {@code grace}. */
    void stop(Duration grace) {
        try {
            synchronized (stdin) {
                stdin.close();
            }
        } catch (IOException ignored) {
            // already gone
        }
        if (!awaitExit(grace)) {
            LOG.warning(engine + " host " + process.pid() + " did not stop within " + grace.toSeconds() + " s; killing it");
            kill();
        }
    }

    private boolean awaitExit(Duration limit) {
        try {
            return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String exitDetail() {
        StringBuilder detail = new StringBuilder();
        if (awaitExit(Duration.ofMillis(500))) {
            detail.append(" with exit code ").append(process.exitValue());
            try {
                errors.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        String tail;
        synchronized (stderrTail) {
            tail = String.join(" | ", stderrTail);
        }
        if (!tail.isBlank()) {
            detail.append(": ").append(abbreviate(tail));
        }
        return detail.toString();
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "…";
    }

    @Override
    public String toString() {
        return engine + " host " + process.pid();
    }
}
