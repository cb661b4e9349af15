package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Event;
import org.primebatch.store.SqliteQueueStore;

class EventHubTest {
    @TempDir
    Path dir;

    private SqliteQueueStore store;
    private EventHub hub;

    @BeforeEach
    void open() {
        store = new SqliteQueueStore(dir.resolve("queue.db"), Clock.systemUTC());
        hub = new EventHub(store);
        store.onEvents(hub);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void submitOne() {
        store.submit(new BatchSpec(null, "/w.mcdx", "echo", null, null, null, null, null, null, null, null, null, null, null),
                List.of(new CaseInput(null, Map.of("x", CaseValue.of(1, null)))));
    }

    @Test
    void aSubscriberJoiningWhileEventsFlowGetsEachExactlyOnceInOrder() throws Exception {
        for (int i = 0; i < 300; i++) {
            submitOne();
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 300; i++) {
                submitOne();
            }
            writing.set(false);
        });
        writer.start();
        RecordingSession session = new RecordingSession();
        EventHub.Subscription sub = hub.subscribe(session, 0, Set.of());
        writer.join();
        assertThat(writing).isFalse();
        assertThat(sub.gap()).isFalse();
        List<Long> seqs = session.seqs();
        assertThat(seqs).hasSize(600);
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i + 1L);
        }
        assertThat(hub.oldestNeeded()).isEqualTo(601);
    }

    @Test
    void topicsFilterWhatIsSentAndAClosedSessionNoLongerHoldsBackPruning() {
        submitOne();
        RecordingSession session = new RecordingSession();
        hub.subscribe(session, 0, Set.of("item"));
        submitOne();
        assertThat(session.seqs()).isEmpty();
        assertThat(hub.oldestNeeded()).isEqualTo(3);
        session.close();
        assertThat(hub.oldestNeeded()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void pruningKeepsWhatAConnectedSubscriberHasNotReceivedAndResumeReportsAGap() {
        for (int i = 0; i < 10; i++) {
            submitOne();
        }
        RecordingSession connected = new RecordingSession();
        hub.subscribe(connected, 0, Set.of());
        assertThat(store.pruneEvents(Instant.now().plus(Duration.ofDays(1)), hub.oldestNeeded())).isEqualTo(9);
        assertThat(store.events(0, 100)).extracting(Event::seq).containsExactly(10L);
        for (int i = 0; i < 10; i++) {
            submitOne();
        }
        int pruned = store.pruneEvents(Instant.now().plus(Duration.ofDays(1)), 15);
        assertThat(pruned).isEqualTo(5);

        RecordingSession late = new RecordingSession();
        EventHub.Subscription sub = hub.subscribe(late, 2, Set.of());
        assertThat(sub.gap()).isTrue();
        assertThat(late.seqs()).startsWith(15L).endsWith(20L);
    }

    private static final class RecordingSession implements Session {
        private final List<JsonNode> sent = new CopyOnWriteArrayList<>();
        private final List<Runnable> onClose = new ArrayList<>();
        private boolean open = true;

        List<Long> seqs() {
            return sent.stream().map(n -> n.get("seq").asLong()).toList();
        }

        @Override
        public org.primebatch.access.Caller caller() {
            return org.primebatch.access.Caller.thisProcess();
        }

        @Override
        public long id() {
            return 1;
        }

        @Override
        public boolean notify(String method, JsonNode params) {
            sent.add(params);
            return true;
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void onClose(Runnable action) {
            onClose.add(action);
        }

        @Override
        public void close() {
            open = false;
            onClose.forEach(Runnable::run);
        }
    }
}
