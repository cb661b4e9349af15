package org.primebatch.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.Json;

/**
 * A protocol client running as another user of the machine: {@code primebatch rpc} in a JVM started through
 * {@code setpriv}, so the daemon sees that user on its socket. Requests are written to its standard input; answers
 * and notifications are read from its standard output.
 */
public final class UserBridge implements AutoCloseable {
    private static final long SAFETY_SECONDS = 60;
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonNode> answers = new LinkedBlockingQueue<>();
    private final List<JsonNode> notifications = new CopyOnWriteArrayList<>();
    private long ids;

    private UserBridge(Process process) {
        this.process = process;
        this.in = process.getOutputStream();
        Thread reader = new Thread(this::readLoop, "user-bridge-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    /** Connects as {@code user} through {@code java -cp classPath Main --home home rpc} and says hello. */
    public static UserBridge connect(String user, List<String> java, Path home) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(java);
        command.addAll(List.of("org.primebatch.cli.Main", "--home", home.toString(), "rpc"));
        Process process = new ProcessBuilder(LocalUsers.as(user, command)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        UserBridge bridge = new UserBridge(process);
        JsonNode hello = bridge.call("session.hello", Json.object().set("protocol", Json.object().put("min", 1).put("max", 1)));
        if (!hello.has("result")) {
            throw new IOException("no session as " + user + ": " + hello);
        }
        return bridge;
    }

    private void readLoop() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode message = Json.parse(line);
                if (message.has("id")) {
                    answers.add(message);
                } else {
                    notifications.add(message);
                }
            }
        } catch (IOException e) {
            // the bridge ended
        }
    }

    /** The whole answer (with {@code result} or {@code error}) to one request. */
    public synchronized JsonNode call(String method, ObjectNode params) throws IOException, InterruptedException {
        long id = ++ids;
        ObjectNode request = Json.object().put("jsonrpc", "2.0").put("id", id).put("method", method);
        request.set("params", params);
        in.write((Json.MAPPER.writeValueAsString(request) + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
        while (true) {
            JsonNode answer = answers.poll(SAFETY_SECONDS, TimeUnit.SECONDS);
            if (answer == null) {
                throw new IOException("no answer to " + method + " within " + SAFETY_SECONDS + " s");
            }
            if (answer.path("id").asLong() == id) {
                return answer;
            }
        }
    }

    /** The notifications received so far ({@code session.welcome}, events). */
    public List<JsonNode> notifications() {
        return List.copyOf(notifications);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            in.close();
        } catch (IOException ignored) {
            // already gone
        }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
