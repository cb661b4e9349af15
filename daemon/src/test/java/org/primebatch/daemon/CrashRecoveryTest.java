package org.primebatch.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.cli.Main;
import org.primebatch.client.DaemonClient;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonHomeTest;
import org.primebatch.testing.DaemonProcess;
import org.sqlite.SQLiteConfig;

/** Kills real daemon processes (SIGKILL) in the middle of a batch and checks that nothing is lost or done twice. */
class CrashRecoveryTest extends DaemonHomeTest {
    private static final Duration SAFETY = Duration.ofSeconds(120);


    @Test
    void batchSurvivesFiveKillsWithEveryCaseCompletedExactlyOnce() throws Exception {
        int cases = 2000;
        long seed = System.nanoTime();
        System.out.println("CrashRecoveryTest seed " + seed);
        Random random = new Random(seed);

        DaemonProcess daemon = startDaemon("--slots", "2");
        long batchId;
        try (DaemonClient client = daemon.client()) {
            batchId = client.call(Protocol.BATCH_SUBMIT, submitRequest(cases, 4, 10), BatchView.class).id();
        }

        for (int kill = 1; kill <= 5; kill++) {
            int waitMillis = 200 + random.nextInt(1301);
            int doneBefore = daemon.batch(batchId).counts().done();
            Thread.sleep(waitMillis);
            DaemonProcess running = daemon;
            DaemonProcess.await("progress after restart", SAFETY, () -> finalOrProgressed(running, batchId, doneBefore));
            BatchView seen = daemon.batch(batchId);
            System.out.printf("kill %d after %d ms: %d/%d done, %d running%n", kill, waitMillis,
                    seen.counts().done(), cases, seen.counts().running());
            daemon.kill();
            assertThat(daemon.isAlive()).isFalse();
            assertThat(home.resolve("run/daemon.sock")).as("socket left behind by the killed daemon").exists();
            daemon = startDaemon("--slots", "2");
        }

        DaemonProcess last = daemon;
        DaemonProcess.await("batch " + batchId + " to end", SAFETY, () -> last.batch(batchId).state().isFinal());
        BatchView done = daemon.batch(batchId);
        assertThat(done.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(done.counts().succeeded()).isEqualTo(cases);
        assertThat(done.counts().total()).isEqualTo(cases);

        List<ItemView> items = daemon.items(batchId);
        assertThat(items).hasSize(cases);
        assertThat(items).allSatisfy(item -> {
            assertThat(item.state()).isEqualTo(ItemState.SUCCEEDED);
            assertThat(item.outputs().get("x").value().asInt()).isEqualTo(item.seq());
        });

        stopWithCli(daemon);

        Map<Integer, Integer> succeededEvents = new HashMap<>();
        int recoveredRequeues;
        try (Connection db = openReadOnly(home.resolve("queue.db")); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT item, count(*) FROM events WHERE type = 'item.succeeded' AND batch_id = "
                    + batchId + " GROUP BY item")) {
                while (rs.next()) {
                    succeededEvents.put(rs.getInt(1), rs.getInt(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM events WHERE type = 'item.requeued' AND data LIKE '%recovered%'")) {
                recoveredRequeues = rs.getInt(1);
            }
        }
        assertThat(succeededEvents.keySet()).containsExactlyInAnyOrderElementsOf(seqs(1, cases));
        assertThat(succeededEvents).allSatisfy((item, count) -> assertThat(count).as("item.succeeded events of item %d", item).isEqualTo(1));

        String log = Files.readString(home.resolve("logs/daemon.log"));
        if (recoveredRequeues == 0) {
            System.out.println("no kill hit a running case this time (seed " + seed + ")");
        } else {
            System.out.println(recoveredRequeues + " cases were returned to the queue after a kill");
            assertThat(log).contains("left running by an earlier daemon to the queue");
        }
    }

    @Test
    void stopReturnsRunningCasesWithoutCountingTheAttempt() throws Exception {
        gracefulStopReturnsRunningCases(this::stopWithCli);
    }

    @Test
    void sigtermStopsLikeStop() throws Exception {
        gracefulStopReturnsRunningCases(daemon -> {
            daemon.terminate();
            assertThat(daemon.awaitExit(SAFETY)).as("the daemon exits on SIGTERM").isTrue();
        });
    }

    interface Stopper {
        void stop(DaemonProcess daemon) throws Exception;
    }

    private void gracefulStopReturnsRunningCases(Stopper stopper) throws Exception {
        DaemonProcess daemon = startDaemon();
        long batchId;
        try (DaemonClient client = daemon.client()) {
            batchId = client.call(Protocol.BATCH_SUBMIT, submitRequest(3, 2000, 2), BatchView.class).id();
        }
        DaemonProcess.await("cases to run", SAFETY, () -> daemon.batch(batchId).counts().running() > 0);
        Set<Integer> interrupted = new TreeSet<>();
        for (ItemView item : daemon.items(batchId)) {
            if (item.state() == ItemState.RUNNING) {
                interrupted.add(item.seq());
            }
        }
        assertThat(interrupted).isNotEmpty();

        stopper.stop(daemon);

        try (Connection db = openReadOnly(home.resolve("queue.db")); Statement st = db.createStatement();
                ResultSet rs = st.executeQuery("SELECT seq, state, attempts FROM items ORDER BY seq")) {
            while (rs.next()) {
                assertThat(rs.getString("state")).as("item %d after the stop", rs.getInt("seq")).isEqualTo("pending");
                assertThat(rs.getInt("attempts")).as("attempts of item %d after the stop", rs.getInt("seq")).isZero();
            }
        }

        DaemonProcess again = startDaemon();
        DaemonProcess.await("batch " + batchId + " to end", SAFETY, () -> again.batch(batchId).state().isFinal());
        assertThat(again.batch(batchId).state()).isEqualTo(BatchState.SUCCEEDED);
        for (ItemView item : again.items(batchId)) {
            assertThat(item.state()).isEqualTo(ItemState.SUCCEEDED);
            if (interrupted.contains(item.seq())) {
                assertThat(item.attempts()).as("attempts of interrupted item %d", item.seq()).isEqualTo(1);
            }
        }
        assertThat(Files.readString(home.resolve("logs/daemon.log")))
                .contains("returned " + interrupted.size() + " unfinished cases to the queue");
    }

    @Test
    void secondDaemonOnTheSameHomeNamesThePidOfTheFirst() throws Exception {
        DaemonProcess first = startDaemon();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "daemon");
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).contains("already runs").contains("PID " + first.pid());
        assertThat(first.isAlive()).isTrue();
        assertThat(DaemonProcess.answers(first.home())).isTrue();
    }

    @Test
    void staleSocketOfAKilledDaemonIsReplaced() throws Exception {
        DaemonProcess first = startDaemon();
        first.kill();
        assertThat(home.resolve("run/daemon.sock")).exists();
        assertThat(DaemonProcess.answers(first.home())).isFalse();

        DaemonProcess second = startDaemon();
        try (DaemonClient client = second.client()) {
            assertThat(client.call(Protocol.DAEMON_STATUS, Json.object()).path("pid").asLong()).isEqualTo(second.pid());
        }
    }


    private void stopWithCli(DaemonProcess daemon) throws InterruptedException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "--home", home.toString(), "stop");
        assertThat(code).as("stop: %s%s", out, err).isZero();
        assertThat(out.toString()).contains("daemon stopped (PID " + daemon.pid() + ")");
        assertThat(daemon.awaitExit(SAFETY)).as("the daemon process exits").isTrue();
        assertThat(daemon.exitValue()).isZero();
    }

    private ObjectNode submitRequest(int cases, int delayMillis, int retries) {
        ObjectNode spec = Json.object()
                .put("worksheet", Corpus.simpleExample().toString())
                .put("outDir", scratch.resolve("results").toString()).put("overwrite", "replace")
                .put("engine", "echo")
                .put("retries", retries);
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= cases; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("x", Json.object().put("value", i));
            inputs.set("_delay_ms", Json.object().put("value", delayMillis));
            list.add(Json.object().put("name", "case-" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", list);
        return request;
    }

    private static boolean finalOrProgressed(DaemonProcess daemon, long batchId, int doneBefore) {
        BatchView view = daemon.batch(batchId);
        return view.state().isFinal() || view.counts().done() > doneBefore;
    }



    private static Connection openReadOnly(Path db) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return DriverManager.getConnection("jdbc:sqlite:" + db, config.toProperties());
    }

    private static List<Integer> seqs(int from, int to) {
        List<Integer> seqs = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            seqs.add(i);
        }
        return seqs;
    }
}
