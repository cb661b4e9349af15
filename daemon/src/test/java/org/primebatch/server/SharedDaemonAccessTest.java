package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.primebatch.api.Json;
import org.primebatch.client.Home;
import org.primebatch.daemon.DaemonChild;
import org.primebatch.engine.host.HostSettings;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;
import org.primebatch.testing.LocalUsers;
import org.primebatch.testing.UserBridge;

/**
 * A {@code --group-access} daemon running as a service account of its own, and the users of its group connecting to
 * it for real (their clients run under {@code setpriv}, so the socket names them): no user may act on another's
 * batch, see its cases, stop the daemon, or have the daemon read or write a path they could not themselves. Needs
 * root, who alone may make the users; skipped otherwise.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SharedDaemonAccessTest {
    private static final String SECRET = "TOPSECRET";
    private static final Duration SAFETY = Duration.ofSeconds(120);

    private static LocalUsers users;
    private static Path root;
    private static Path home;
    private static List<String> java;
    private static String service;
    private static String alice;
    private static String bob;
    private static String carol;
    private static Process daemon;
    private static UserBridge aliceClient;
    private static UserBridge bobClient;
    private static UserBridge carolClient;
    private static long aliceBatch;
    private static Path aliceOut;
    private static Path serviceOnly;

    @BeforeAll
    static void startASharedDaemonAsAServiceAccount() throws Exception {
        assumeTrue(LocalUsers.isRoot(), "SharedDaemonAccessTest makes real users and groups (useradd, groupadd, setpriv):"
                + " it runs as root only, and this JVM is not root");
        users = new LocalUsers();
        String group = users.group("g");
        String admins = users.group("m");
        service = users.user("s", group);
        alice = users.user("a", group);
        bob = users.user("b", group);
        carol = users.user("c", group, admins);

        root = Files.createTempDirectory("pbshared");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        java = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss512k", "-Xmx256m",
                "-XX:+UseSerialGC", "-cp", copyClassPath(root.resolve("cp")));

        home = LocalUsers.own(Files.createDirectory(root.resolve("home")), service, group, "rwxr-x---");
        LocalUsers.own(Files.writeString(home.resolve("config.properties"), "admin.group = " + admins + "\n"),
                service, group, "rw-r-----");
        Path aliceDir = LocalUsers.own(Files.createDirectory(root.resolve("alice")), alice, group, "rwxrwx---");
        LocalUsers.own(Files.copy(Corpus.simpleExample(), aliceDir.resolve("sheet.mcdx")), alice, group, "rw-r-----");
        Path bobDir = LocalUsers.own(Files.createDirectory(root.resolve("bob")), bob, group, "rwxrwx---");
        LocalUsers.own(Files.copy(Corpus.simpleExample(), bobDir.resolve("sheet.mcdx")), bob, group, "rw-r-----");
        serviceOnly = LocalUsers.own(Files.createDirectory(root.resolve("service")), service, group, "rwx------");
        LocalUsers.own(Files.copy(Corpus.simpleExample(), serviceOnly.resolve("secret.mcdx")), service, group, "rw-------");
        LocalUsers.own(Files.writeString(serviceOnly.resolve("secret.csv"), SECRET + "_column\n1\n"), service, group, "rw-------");
        LocalUsers.own(Files.writeString(serviceOnly.resolve("secret.json"), "{\"format\": \"" + SECRET + "\"}"),
                service, group, "rw-------");

        List<String> command = new ArrayList<>(java);
        command.addAll(List.of("org.primebatch.cli.Main", "--home", home.toString(), "daemon", "--group-access", "--slots", "2"));
        daemon = DaemonChild.start(LocalUsers.as(service, command), new Home(home), root.resolve("daemon.out"),
                Duration.ofSeconds(60), false);

        aliceClient = UserBridge.connect(alice, java, home);
        bobClient = UserBridge.connect(bob, java, home);
        carolClient = UserBridge.connect(carol, java, home);
        aliceOut = aliceDir.resolve("out");
        // a long batch of low priority: it runs through every test, and the other batches go first
        ObjectNode long_ = batch(aliceDir.resolve("sheet.mcdx"), aliceOut, 1000, 150);
        ((ObjectNode) long_.path("spec")).put("priority", "low");
        JsonNode submitted = aliceClient.call("batch.submit", long_);
        assertThat(submitted.has("result")).as(submitted.toString()).isTrue();
        aliceBatch = submitted.path("result").path("id").asLong();
    }

    @AfterAll
    static void stopAndRemoveTheUsers() throws Exception {
        for (UserBridge client : new UserBridge[] {aliceClient, bobClient, carolClient}) {
            if (client != null) {
                client.close();
            }
        }
        if (daemon != null) {
            // the daemon and the engine hosts it started: a user with processes left cannot be removed
            List<ProcessHandle> started = new ArrayList<>(daemon.descendants().toList());
            started.add(daemon.toHandle());
            started.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : started) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
        }
        if (users != null) {
            users.close();
        }
        DaemonProcess.deleteTree(root);
    }

    /** The test's class path copied where every user may read it (the build's own lies in root's home). */
    private static String copyClassPath(Path target) throws IOException {
        Files.createDirectories(target);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path copy = target.resolve((n++) + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.walk(source)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        Path to = copy.resolve(source.relativize(file).toString());
                        if (Files.isDirectory(file)) {
                            Files.createDirectories(to);
                        } else {
                            Files.copy(file, to);
                        }
                    }
                }
            } else {
                Files.copy(source, copy);
            }
            entries.add(copy.toString());
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path path : (Iterable<Path>) all::iterator) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    /** A {@code batch.submit} of the echo engine: {@code count} cases of {@code delayMs} each. */
    private static ObjectNode batch(Path worksheet, Path outDir, int count, int delayMs) {
        ObjectNode spec = Json.object().put("worksheet", worksheet.toString()).put("engine", "echo").put("overwrite", "replace");
        if (outDir != null) {
            spec.put("outDir", outDir.toString());
        }
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("input_1", Json.object().put("value", i).put("unit", "m"));
            inputs.set("_delay_ms", Json.object().put("value", delayMs));
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        return request;
    }

    private static ObjectNode params(String key, Object value) {
        ObjectNode params = Json.object();
        params.set(key, Json.MAPPER.valueToTree(value));
        return params;
    }

    /** The error of an answer that must be a refusal. */
    private static JsonNode refused(JsonNode answer) {
        assertThat(answer.has("error")).as("refused: " + answer).isTrue();
        return answer.get("error");
    }

    private static JsonNode forbidden(JsonNode answer) {
        JsonNode error = refused(answer);
        assertThat(error.path("data").path("reason").asText()).as(answer.toString()).isEqualTo("forbidden");
        return error;
    }

    private static JsonNode result(JsonNode answer) {
        assertThat(answer.has("result")).as("answered: " + answer).isTrue();
        return answer.get("result");
    }

    private static JsonNode batchOf(UserBridge client, long id) throws Exception {
        return result(client.call("batch.get", params("batch", id)));
    }

    private static long finishedBatch(UserBridge client, Path worksheet, Path outDir) throws Exception {
        long id = result(client.call("batch.submit", batch(worksheet, outDir, 2, 0))).path("id").asLong();
        DaemonProcess.await("batch " + id + " to end", SAFETY, () -> {
            try {
                String state = batchOf(client, id).path("state").asText();
                return state.equals("succeeded") || state.equals("failed") || state.equals("cancelled");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return id;
    }

    @Test
    @Order(1)
    void anotherUsersBatchCannotBeChangedNorReadByThem() throws Exception {
        Path bobCsv = root.resolve("bob/alice.csv");
        List<JsonNode> answers = List.of(
                bobClient.call("batch.cancel", params("batch", aliceBatch)),
                bobClient.call("batch.pause", params("batch", aliceBatch)),
                bobClient.call("batch.resume", params("batch", aliceBatch)),
                bobClient.call("batch.retry", params("batch", aliceBatch)),
                bobClient.call("batch.delete", params("batch", aliceBatch)),
                bobClient.call("item.cancel", params("batch", aliceBatch).put("item", 1)),
                bobClient.call("batch.results", params("batch", aliceBatch)),
                bobClient.call("batch.results", params("batch", aliceBatch).put("output", bobCsv.toString())),
                bobClient.call("batch.items", params("batch", aliceBatch)));
        for (JsonNode answer : answers) {
            JsonNode error = forbidden(answer);
            assertThat(error.path("message").asText()).contains("batch " + aliceBatch + " belongs to " + alice)
                    .contains(bob + " may not");
        }
        assertThat(bobCsv).doesNotExist();
        JsonNode batch = batchOf(aliceClient, aliceBatch);
        assertThat(batch.path("state").asText()).isIn("queued", "running");
        assertThat(batch.path("counts").path("cancelled").asInt()).isZero();
        assertThat(result(aliceClient.call("batch.items", params("batch", aliceBatch))).path("items")).isNotEmpty();
    }

    @Test
    @Order(2)
    void everyoneSeesEveryBatchWithItsOwnerButOnlyTheOwnerItsWorksheetsValues() throws Exception {
        // the native engine reads the worksheet's designated values (the echo engine does not)
        ObjectNode request = batch(root.resolve("alice/sheet.mcdx"), root.resolve("alice/out-native"), 1, 0);
        ((ObjectNode) request.path("spec")).put("engine", "native");
        ((ObjectNode) request.path("cases").get(0)).set("inputs", Json.object());
        long nativeBatch = result(aliceClient.call("batch.submit", request)).path("id").asLong();
        JsonNode mine = batchOf(aliceClient, nativeBatch);
        JsonNode theirs = batchOf(bobClient, nativeBatch);
        assertThat(mine.path("owner").asText()).isEqualTo(alice);
        assertThat(theirs.path("owner").asText()).isEqualTo(alice);
        assertThat(mine.path("spec").path("designated").path("inputs")).isNotEmpty();
        assertThat(theirs.path("spec").path("designated").path("inputs")).isEmpty();
        JsonNode listed = null;
        for (JsonNode b : result(bobClient.call("batch.list", Json.object()))) {
            if (b.path("id").asLong() == nativeBatch) {
                listed = b;
            }
        }
        assertThat(listed).as("alice's batch in bob's list").isNotNull();
        assertThat(listed.path("owner").asText()).isEqualTo(alice);
        assertThat(listed.path("spec").path("designated").path("inputs")).isEmpty();
    }

    @Test
    @Order(3)
    void anAdminMayActOnEveryonesBatchAndOnlyAdminsMayStopTheDaemon() throws Exception {
        assertThat(result(carolClient.call("batch.pause", params("batch", aliceBatch))).path("state").asText()).isEqualTo("paused");
        assertThat(result(carolClient.call("batch.resume", params("batch", aliceBatch))).path("state").asText()).isIn("queued", "running");
        assertThat(result(carolClient.call("batch.items", params("batch", aliceBatch))).path("items")).isNotEmpty();
        for (UserBridge user : List.of(bobClient, aliceClient)) {
            JsonNode error = forbidden(user.call("daemon.shutdown", Json.object()));
            assertThat(error.path("message").asText()).contains("may not stop the daemon");
        }
        assertThat(daemon.isAlive()).isTrue();
        assertThat(result(bobClient.call("daemon.status", Json.object())).path("pid").asLong()).isEqualTo(daemon.pid());
    }

    @Test
    @Order(4)
    void eventsOfAnotherUsersBatchCarryNothingOfItsCases() throws Exception {
        result(bobClient.call("events.subscribe", Json.object()));
        result(aliceClient.call("events.subscribe", Json.object()));
        DaemonProcess.await("alice's cases to succeed", SAFETY, () -> {
            try {
                return batchOf(aliceClient, aliceBatch).path("counts").path("succeeded").asInt() >= 6;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        // a round trip after the cases: the events committed before it are on their way in order
        result(bobClient.call("daemon.status", Json.object()));
        result(aliceClient.call("daemon.status", Json.object()));
        List<JsonNode> aliceSees = events(aliceClient, aliceBatch);
        List<JsonNode> bobSees = events(bobClient, aliceBatch);
        assertThat(aliceSees).anyMatch(e -> e.path("type").asText().equals("item.succeeded") && e.has("data"));
        assertThat(bobSees).as("bob sees alice's batch itself").anyMatch(e -> e.path("type").asText().equals("batch.submitted"));
        assertThat(bobSees).as("bob sees nothing of alice's cases")
                .noneMatch(e -> e.path("type").asText().startsWith("item.") || e.hasNonNull("item")
                        || (e.hasNonNull("data") && !e.get("data").isEmpty()));
        JsonNode history = result(bobClient.call("batch.events", params("batch", aliceBatch))).path("events");
        assertThat(history).isNotEmpty();
        history.forEach(e -> assertThat(e.path("type").asText()).doesNotStartWith("item."));
    }

    private static List<JsonNode> events(UserBridge client, long batch) {
        return client.notifications().stream().filter(n -> n.path("method").asText().equals("event"))
                .map(n -> n.path("params")).filter(e -> e.path("batch").asLong() == batch).toList();
    }

    @Test
    @Order(5)
    void nothingOnlyTheServiceMayReadComesBackToAnotherUser() throws Exception {
        Path sheet = serviceOnly.resolve("secret.mcdx");
        Path bobSheet = root.resolve("bob/sheet.mcdx");
        ObjectNode withCaseFile = batch(bobSheet, root.resolve("bob/out-secret"), 1, 0);
        withCaseFile.remove("cases");
        withCaseFile.put("caseFile", serviceOnly.resolve("secret.csv").toString());
        ObjectNode dryRun = withCaseFile.deepCopy().put("dryRun", true);
        ObjectNode fromManifest = Json.object().put("manifest", serviceOnly.resolve("secret.json").toString());
        List<JsonNode> answers = List.of(
                bobClient.call("worksheet.inspect", params("worksheet", sheet.toString())),
                bobClient.call("worksheet.check", params("worksheet", sheet.toString())),
                bobClient.call("batch.submit", batch(sheet, root.resolve("bob/out-secret"), 1, 0)),
                bobClient.call("batch.submit", withCaseFile),
                bobClient.call("batch.submit", dryRun),
                bobClient.call("batch.submit", fromManifest));
        for (JsonNode answer : answers) {
            JsonNode error = forbidden(answer);
            String text = answer.toString();
            assertThat(text).doesNotContain(SECRET).doesNotContain("input_1").doesNotContain("output_");
            assertThat(error.path("message").asText()).contains(serviceOnly.toString()).contains(bob + " may not");
        }
        // what bob may read, he may inspect
        assertThat(result(bobClient.call("worksheet.inspect", params("worksheet", bobSheet.toString()))).path("inputs")).isNotEmpty();
        assertThat(root.resolve("bob/out-secret")).doesNotExist();
    }

    @Test
    @Order(6)
    void noUserHasTheServiceWriteWhereTheyMayNot() throws Exception {
        Path bobSheet = root.resolve("bob/sheet.mcdx");
        Path bobOut = root.resolve("bob/out");
        long bobBatch = finishedBatch(bobClient, bobSheet, bobOut);
        byte[] queue = Files.readAllBytes(home.resolve("queue.db"));
        byte[] config = Files.readAllBytes(home.resolve("config.properties"));

        for (String output : List.of(home.resolve("queue.db").toString(), home.resolve("config.properties").toString(),
                home.resolve("results/mine.csv").toString())) {
            JsonNode error = refused(bobClient.call("batch.results", params("batch", bobBatch).put("output", output)));
            assertThat(error.path("message").asText()).contains("that only the daemon writes");
        }
        Path aliceResults = aliceOut.resolve("results.csv");
        Files.writeString(aliceResults, "alice's results\n");
        LocalUsers.own(aliceResults, service, "root", "rw-r--r--");
        for (String output : List.of(aliceResults.toString(), serviceOnly.resolve("mine.csv").toString())) {
            forbidden(bobClient.call("batch.results", params("batch", bobBatch).put("output", output)));
            forbidden(bobClient.call("batch.results", params("batch", bobBatch).put("zip", output + ".zip")));
        }
        assertThat(Files.readString(aliceResults)).isEqualTo("alice's results\n");
        for (Path outDir : List.of(aliceOut, serviceOnly, serviceOnly.resolve("new/deeper"))) {
            JsonNode error = forbidden(bobClient.call("batch.submit", batch(bobSheet, outDir, 1, 0)));
            assertThat(error.path("message").asText()).startsWith("output folder " + outDir);
        }
        refused(bobClient.call("batch.submit", batch(bobSheet, home.resolve("results/bob"), 1, 0)));
        ObjectNode marker = batch(bobSheet, bobOut, 1, 0);
        ((ObjectNode) marker.path("cases").get(0).path("inputs")).set("_hang_once",
                Json.object().put("value", serviceOnly.resolve("marker").toString()));
        forbidden(bobClient.call("batch.submit", marker));

        Path unreadable = bobOut.resolve("someone-elses.txt");
        Files.writeString(unreadable, "not bob's\n");
        LocalUsers.own(unreadable, service, "root", "rw-------");
        JsonNode zip = forbidden(bobClient.call("batch.results", params("batch", bobBatch).put("zip", root.resolve("bob/all.zip").toString())));
        assertThat(zip.path("message").asText()).contains(unreadable.toString());
        assertThat(root.resolve("bob/all.zip")).doesNotExist();
        Files.delete(unreadable);

        assertThat(Files.readAllBytes(home.resolve("config.properties"))).isEqualTo(config);
        assertThat(serviceOnly.resolve("mine.csv")).doesNotExist();
        assertThat(serviceOnly.resolve("marker")).doesNotExist();
        assertThat(serviceOnly.resolve("new")).doesNotExist();
        assertThat(queue).isNotEmpty();
        // where bob may write, he gets his results
        Path mine = root.resolve("bob/mine.csv");
        result(bobClient.call("batch.results", params("batch", bobBatch).put("output", mine.toString())));
        assertThat(mine).isRegularFile();
    }

    @Test
    @Order(7)
    void theCommandLinePrintsARefusalPlainlyAndExitsTwo() throws Exception {
        for (List<String> args : List.of(List.of("cancel", String.valueOf(aliceBatch)), List.of("results", String.valueOf(aliceBatch)))) {
            List<String> command = new ArrayList<>(java);
            command.addAll(List.of("org.primebatch.cli.Main", "--home", home.toString()));
            command.addAll(args);
            Process cli = new ProcessBuilder(LocalUsers.as(bob, command)).start();
            String out = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String err = new String(cli.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(cli.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(cli.exitValue()).as(args + ": " + out + err).isEqualTo(2);
            assertThat(err.strip()).as(String.join(" ", args)).startsWith("primebatch: batch " + aliceBatch + " belongs to " + alice)
                    .doesNotContain("Exception").doesNotContain("\tat ");
        }
        assertThat(batchOf(aliceClient, aliceBatch).path("state").asText()).isNotEqualTo("cancelled");
    }

    @Test
    @Order(8)
    void hostJvmOptionsComeOnlyFromTheDaemonsOwnConfiguration() throws Exception {
        Path bobSheet = root.resolve("bob/sheet.mcdx");
        String agent = "-javaagent:" + root.resolve("bob/agent.jar");
        String hook = "-XX:OnOutOfMemoryError=touch " + root.resolve("bob/pwned");
        JsonNode results = refused(bobClient.call("batch.results", params("batch", aliceBatch)
                .put("output", home.resolve("config.properties").toString())));
        assertThat(results.toString()).isNotEmpty();
        ObjectNode request = batch(bobSheet, root.resolve("bob/out-jvm"), 2, 0);
        ((ObjectNode) request.path("spec")).put("name", agent);
        ObjectNode inputs = (ObjectNode) request.path("cases").get(0).path("inputs");
        inputs.set("text", Json.object().put("value", "x\nengine.echo.jvm-options = " + agent + " " + hook));
        long id = result(bobClient.call("batch.submit", request)).path("id").asLong();
        DaemonProcess.await("bob's batch to end", SAFETY, () -> {
            try {
                return batchOf(bobClient, id).path("state").asText().matches("succeeded|failed|cancelled");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        List<ProcessHandle> hosts = ProcessHandle.of(daemon.pid()).map(ProcessHandle::descendants).orElse(Stream.empty())
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains("org.primebatch.engine.host.HostMain")).orElse(false))
                .toList();
        assertThat(hosts).as("the daemon's engine hosts").isNotEmpty();
        for (ProcessHandle host : hosts) {
            List<String> arguments = List.of(host.info().arguments().orElseThrow());
            List<String> jvmOptions = arguments.subList(0, arguments.indexOf("-cp"));
            assertThat(HostSettings.DEFAULT_JVM_OPTIONS).as("host %d's JVM options", host.pid()).containsAll(jvmOptions);
            assertThat(String.join(" ", arguments)).doesNotContain("javaagent").doesNotContain("OnOutOfMemoryError");
        }
        assertThat(Files.readString(home.resolve("config.properties"))).doesNotContain("jvm-options");
        Optional<String> owner = Files.getOwner(home.resolve("config.properties")).getName().describeConstable();
        assertThat(owner).contains(service);
    }

    @Test
    @Order(9)
    void anAdminStopsTheDaemon() throws Exception {
        result(aliceClient.call("batch.cancel", params("batch", aliceBatch)));
        assertThat(result(carolClient.call("daemon.shutdown", Json.object())).path("stopping").asBoolean()).isTrue();
        assertThat(daemon.waitFor(SAFETY.toSeconds(), TimeUnit.SECONDS)).as("the daemon stops").isTrue();
    }
}
