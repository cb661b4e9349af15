package org.primebatch.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.model.Fixtures.T0;
import static org.primebatch.swing.model.Fixtures.batch;
import static org.primebatch.swing.model.Fixtures.counts;
import static org.primebatch.swing.model.Fixtures.onEdt;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchState;
import org.primebatch.api.Event;

class DaemonConnectionTest {
    private static final long PATIENCE_MILLIS = 15_000;

    @TempDir
    Path dir;
    private FakeDaemon daemon;
    private DaemonConnection connection;
    private final BatchesModel model = new BatchesModel(Clock.fixed(T0, ZoneOffset.UTC));
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final List<Event> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() {
        daemon = new FakeDaemon(dir);
        connection = new DaemonConnection(daemon::connect, model, new DaemonConnection.Listener() {
            @Override
            public void stateChanged(ConnectionState state) {
                states.add(state);
            }

            @Override
            public void eventsArrived(List<Event> run) {
                events.addAll(run);
            }
        });
    }

    @AfterEach
    void tearDown() throws Exception {
        connection.close();
        daemon.close();
    }

    @Test
    void withoutADaemonItSaysSoAndConnectsWhenOneComes() throws Exception {
        connection.start();
        assertThat(onEdt(connection::state)).isEqualTo(ConnectionState.NO_DAEMON);

        daemon.put(batch(1, BatchState.QUEUED));
        daemon.start();

        eventually(() -> onEdt(connection::state) == ConnectionState.CONNECTED);
        eventually(() -> ids().equals(List.of(1L)));
    }

    @Test
    void followsEventsFromTheDaemonsNewestSeqAndFetchesTheBatchesTheyName() throws Exception {
        daemon.put(batch(1, "loads", BatchState.RUNNING, counts(10, 0, 0), T0, T0));
        daemon.lastEventSeq(41);
        daemon.start();
        connection.start();
        eventually(() -> daemon.subscriberCount() == 1);
        assertThat(daemon.subscribedSince).containsExactly(41L);

        daemon.put(batch(1, "loads", BatchState.RUNNING, counts(10, 3, 1), T0, T0));
        for (int seq = 42; seq <= 45; seq++) {
            daemon.publish(new Event(seq, T0, Event.ITEM_SUCCEEDED, 1, seq - 41, "succeeded", null));
        }

        eventually(() -> events.size() == 4);
        assertThat(events).extracting(Event::seq).containsExactly(42L, 43L, 44L, 45L);
        eventually(() -> onEdt(() -> model.rows().get(0).done()) == 4);
        assertThat(onEdt(() -> model.rows().get(0).failed())).isEqualTo(1);
    }

    @Test
    void afterTheDaemonRestartsItReloadsTheBatchesAndResumesAfterTheLastEvent() throws Exception {
        daemon.put(batch(1, BatchState.RUNNING));
        daemon.lastEventSeq(10);
        daemon.start();
        connection.start();
        eventually(() -> daemon.subscriberCount() == 1);
        daemon.publish(new Event(11, T0, Event.ITEM_STARTED, 1, 1, "running", null));
        eventually(() -> events.size() == 1);

        daemon.stop();
        eventually(() -> onEdt(connection::state) == ConnectionState.RECONNECTING);
        daemon.put(batch(2, BatchState.QUEUED));
        daemon.start();

        eventually(() -> onEdt(connection::state) == ConnectionState.CONNECTED);
        eventually(() -> daemon.subscriberCount() == 1);
        assertThat(daemon.subscribedSince).containsExactly(10L, 11L);
        eventually(() -> ids().equals(List.of(2L, 1L)));
        assertThat(states).containsExactly(ConnectionState.CONNECTED, ConnectionState.RECONNECTING,
                ConnectionState.CONNECTED);
    }

    @Test
    void aBatchDeletedAtTheDaemonLeavesTheList() throws Exception {
        daemon.put(batch(1, BatchState.SUCCEEDED));
        daemon.put(batch(2, BatchState.SUCCEEDED));
        daemon.start();
        connection.start();
        eventually(() -> daemon.subscriberCount() == 1);
        eventually(() -> ids().size() == 2);

        daemon.publish(new Event(1, T0, Event.BATCH_DELETED, 1, null, null, null));

        eventually(() -> ids().equals(List.of(2L)));
    }

    private List<Long> ids() throws Exception {
        return onEdt(() -> model.rows().stream().map(BatchRow::id).toList());
    }

    /** Waits for a condition the client reaches in the background; the limit only ends a test that hangs. */
    private static void eventually(Callable<Boolean> condition) throws Exception {
        long deadline = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (!condition.call()) {
            assertThat(System.currentTimeMillis()).as("condition not reached").isLessThan(deadline);
            Thread.sleep(10);
        }
    }
}
