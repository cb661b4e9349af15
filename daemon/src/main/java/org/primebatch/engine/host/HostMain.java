package org.primebatch.engine.host;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.Json;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.FiniteOutputs;
import org.primebatch.engine.StartedProcesses;

/**
 * An engine host: a child JVM that runs one engine session for its daemon, answering requests from stdin on stdout
 * ({@link HostProtocol}). It exits when its stdin closes (its daemon is gone); whatever the engine prints goes to
 * stderr, which the daemon logs.
 *
 * <p>Arguments: the engine name, then {@code key=value} settings of that engine.
 */
public final class HostMain {
    private static final long EXIT_GRACE_MILLIS = 5_000;
    private static final JsonNode END = Json.object();

    private final PrintStream out;
    private Engine engine;
    private EngineSession session;

    private HostMain(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        PrintStream protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        System.setOut(System.err);
        if (args.length < 1) {
            System.err.println("usage: HostMain ENGINE [key=value ...]");
            System.exit(2);
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            settings.put(eq < 0 ? args[i] : args[i].substring(0, eq), eq < 0 ? "" : args[i].substring(eq + 1));
        }
        HostMain host = new HostMain(protocol);
        host.engine = EngineFactory.create(args[0], 1, settings, host.reporter());
        host.serve();
    }

    private StartedProcesses reporter() {
        return new StartedProcesses() {
            @Override
            public void started(ProcessHandle process) {
                ObjectNode message = Json.object().put(HostProtocol.TYPE, HostProtocol.STARTED).put("pid", process.pid());
                process.info().startInstant().ifPresent(at -> message.put("startedAt", at.toEpochMilli()));
                send(message);
            }

            @Override
            public void ended(long pid) {
                send(Json.object().put(HostProtocol.TYPE, HostProtocol.ENDED).put("pid", pid));
            }
        };
    }

    private void serve() throws IOException {
        BlockingQueue<JsonNode> requests = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> read(requests), "host-stdin");
        reader.setDaemon(true);
        reader.start();
        Thread heartbeat = new Thread(this::beat, "host-heartbeat");
        heartbeat.setDaemon(true);
        send(Json.object().put(HostProtocol.TYPE, HostProtocol.READY).put("engine", engine.name())
                .put("version", engine.version()).put("pid", ProcessHandle.current().pid()));
        heartbeat.start();
        while (true) {
            JsonNode request;
            try {
                request = requests.take();
            } catch (InterruptedException e) {
                break;
            }
            if (request == END) {
                break;
            }
            handle(request);
        }
        closeSession();
        out.flush();
        System.exit(0);
    }

    private void read(BlockingQueue<JsonNode> requests) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank()) {
                    requests.add(Json.parse(line));
                }
            }
        } catch (IOException e) {
            System.err.println("engine host: cannot read requests: " + e.getMessage());
        }
        // The daemon is gone: finish politely if the engine answers, and leave regardless after a grace period.
        requests.add(END);
        haltAfterGrace();
    }

    private static void haltAfterGrace() {
        try {
            TimeUnit.MILLISECONDS.sleep(EXIT_GRACE_MILLIS);
        } catch (InterruptedException ignored) {
            // halting now is as good
        }
        Runtime.getRuntime().halt(0);
    }

    private void beat() {
        ObjectNode heartbeat = Json.object().put(HostProtocol.TYPE, HostProtocol.HEARTBEAT);
        while (true) {
            send(heartbeat);
            try {
                Thread.sleep(HostProtocol.HEARTBEAT_EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void handle(JsonNode request) {
        ObjectNode reply = Json.object().put(HostProtocol.TYPE, HostProtocol.REPLY).put("id", request.path("id").asLong());
        try {
            reply.set("result", run(request));
        } catch (EngineException e) {
            reply.set("error", HostProtocol.error(e));
        } catch (RuntimeException e) {
            e.printStackTrace();
            reply.set("error", HostProtocol.error(new EngineException("engine error: " + e, true)));
        }
        send(reply);
    }

    private JsonNode run(JsonNode request) throws EngineException {
        String op = request.path("op").asText();
        switch (op) {
            case HostProtocol.OPEN -> {
                closeSession();
                session = engine.open(Path.of(request.path("worksheet").asText()), HostProtocol.options(request.path("options")));
                return null;
            }
            case HostProtocol.CLOSE -> {
                closeSession();
                return null;
            }
            default -> {
                if (session == null) {
                    throw EngineException.permanent("no worksheet is open in this engine host");
                }
            }
        }
        switch (op) {
            case HostProtocol.SET_INPUTS -> session.setInputs(HostProtocol.values(request.path("inputs")));
            case HostProtocol.CALCULATE -> session.calculate();
            case HostProtocol.OUTPUTS -> {
                return HostProtocol.values(FiniteOutputs.require(session.outputs()));
            }
            case HostProtocol.EXPORT -> session.export(request.path("format").asText(), Path.of(request.path("target").asText()),
                    request.path("caseName").asText());
            default -> throw EngineException.permanent("unknown engine host request '" + op + "'");
        }
        return null;
    }

    private void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException e) {
                System.err.println("engine host: closing the session failed: " + e);
            }
            session = null;
        }
    }

    private void send(JsonNode message) {
        String line = Json.write(message);
        synchronized (out) {
            out.print(line);
            out.print('\n');
            out.flush();
            if (out.checkError()) {
                // stdout is closed: the daemon is gone
                Runtime.getRuntime().halt(0);
            }
        }
    }
}
