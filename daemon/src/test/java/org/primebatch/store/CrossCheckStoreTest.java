package org.primebatch.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.queue.QueueDecisions;
import org.primebatch.queue.RetryPolicy;

/**
 * The states of a cross-checked batch in the store: cases routed to Mathcad, native or held, the verification that
 * releases the held ones, and a disagreement that routes everything to Mathcad, native results included.
 */
class CrossCheckStoreTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Decisions DECISIONS = new QueueDecisions(new RetryPolicy(Duration.ofSeconds(1),
            Duration.ofMinutes(1), () -> 0.5));
    private static final Instant LEASE = T0.plusSeconds(60);

    @TempDir
    Path dir;
    private SqliteQueueStore store;

    @BeforeEach
    void open() {
        store = new SqliteQueueStore(dir.resolve("queue.db"), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Ten cases, three verified (1, 6, 10), a spot check every 4 (4, 8), no retries. */
    private long submit() {
        BatchSpec spec = new BatchSpec("x", "beam.mcdx", "native", null, null, null, null, 0, null, null, null, null,
                null, null, null, null, 3, 4);
        List<CaseInput> cases = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> new CaseInput("c" + i, Map.of("L", CaseValue.of(i, "m")))).toList();
        return store.submit(spec, cases).id();
    }

    private List<Claim> claim(String engine, int max) {
        return store.claim("me", engine, max, T0, LEASE);
    }

    private static Outcome.Succeeded success(Claim claim, double value) {
        return new Outcome.Succeeded(claim.fence(), Map.of("M", CaseValue.of(value, "kN*m")), List.of());
    }

    private void agree(Claim claim) {
        store.complete(List.of(new Outcome.CrossChecked(success(claim, claim.seq()), CrossCheckVerdict.AGREED)), T0, DECISIONS);
    }

    private ItemView item(long id, int seq) {
        return store.items(id, seq - 1, 1, null).get(0);
    }

    private List<Event> events(long id, String type) {
        return store.batchEvents(id, Long.MAX_VALUE, 1000).stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void verificationCasesRunFirstOnMathcadAndTheRestWaitUntilTheyAgree() {
        long id = submit();

        assertThat(store.batch(id).orElseThrow().crossCheck().state()).isEqualTo(CrossCheck.VERIFYING);
        assertThat(claim("native", 10)).as("nothing runs natively before the verification").isEmpty();
        assertThat(store.claim("me", null, 10, T0, LEASE)).as("held cases go to no engine")
                .extracting(Claim::seq).containsExactly(1, 6, 10);
        assertThat(item(id, 2).crossCheck().engine()).isEqualTo(CrossChecks.HELD);
        assertThat(item(id, 4).crossCheck().role()).isEqualTo(CrossCheck.ROLE_SPOT);
        assertThat(item(id, 4).crossCheck().engine()).as("a spot check waits too").isEqualTo(CrossChecks.HELD);
    }

    @Test
    void everyVerificationCaseAgreeingReleasesTheHeldCasesToNativeAndTheSpotChecksToMathcad() {
        long id = submit();
        List<Claim> verification = claim("mathcad", 10);
        assertThat(verification).extracting(Claim::seq).containsExactly(1, 6, 10);
        assertThat(verification).allMatch(Claim::crossCheck);

        agree(verification.get(0));
        agree(verification.get(1));
        assertThat(claim("native", 10)).isEmpty();
        assertThat(store.batch(id).orElseThrow().crossCheck().checked()).isEqualTo(2);
        agree(verification.get(2));

        assertThat(store.batch(id).orElseThrow().crossCheck().state()).isEqualTo(CrossCheck.NATIVE);
        assertThat(events(id, Event.BATCH_VERIFIED)).singleElement()
                .satisfies(e -> assertThat(e.data().get("released").asInt()).isEqualTo(7));
        assertThat(claim("native", 10)).extracting(Claim::seq).containsExactly(2, 3, 5, 7, 9);
        List<Claim> spots = claim("mathcad", 10);
        assertThat(spots).extracting(Claim::seq).containsExactly(4, 8);
        assertThat(spots).allMatch(Claim::crossCheck);
        assertThat(item(id, 2).crossCheck().engine()).isEqualTo("native");
        assertThat(item(id, 4).crossCheck().role()).isEqualTo(CrossCheck.ROLE_SPOT);
    }

    @Test
    void aDisagreeingSpotCheckSendsEveryNativeCaseToMathcadWithBothValuesRecorded() {
        long id = submit();
        claim("mathcad", 10).forEach(this::agree);
        List<Claim> natives = claim("native", 10);
        // 2 and 3 done natively, 5 still running, 7 and 9 done
        for (Claim c : natives) {
            if (c.seq() != 5) {
                store.complete(List.of(success(c, c.seq())), T0, DECISIONS);
            }
        }
        Claim running = natives.stream().filter(c -> c.seq() == 5).findFirst().orElseThrow();
        List<Claim> spots = claim("mathcad", 1);
        assertThat(spots).extracting(Claim::seq).containsExactly(4);
        CrossCheckVerdict differs = CrossCheckVerdict.disagreed("M", CaseValue.of(4.004, "kN*m"), CaseValue.of(4, "kN*m"),
                "0.004 apart");
        store.complete(List.of(new Outcome.CrossChecked(success(spots.get(0), 4.004), differs)), T0, DECISIONS);

        var status = store.batch(id).orElseThrow().crossCheck();
        assertThat(status.state()).isEqualTo(CrossCheck.MATHCAD);
        assertThat(status.disagreement().item()).isEqualTo(4);
        assertThat(status.disagreement().mathcad().value().asDouble()).isEqualTo(4.004);
        assertThat(status.disagreement().nativeValue().value().asDouble()).isEqualTo(4.0);
        assertThat(events(id, Event.BATCH_DISAGREED)).singleElement().satisfies(e -> {
            assertThat(e.data().get("rerun").asInt()).isEqualTo(4);
            assertThat(e.data().at("/mathcad/value").asDouble()).isEqualTo(4.004);
            assertThat(e.data().at("/native/value").asDouble()).isEqualTo(4.0);
        });
        for (int seq : List.of(2, 3, 7, 9)) {
            assertThat(item(id, seq)).satisfies(i -> {
                assertThat(i.state()).isEqualTo(ItemState.PENDING);
                assertThat(i.outputs()).isNull();
                assertThat(i.crossCheck().engine()).isEqualTo("mathcad");
            });
        }
        // the case running natively when native use stopped goes to Mathcad when it ends, its attempt not counted
        assertThat(store.complete(List.of(success(running, 5)), T0, DECISIONS)).containsExactly(true);
        assertThat(item(id, 5)).satisfies(i -> {
            assertThat(i.state()).isEqualTo(ItemState.PENDING);
            assertThat(i.attempts()).isZero();
            assertThat(i.crossCheck().engine()).isEqualTo("mathcad");
        });
        assertThat(claim("native", 10)).isEmpty();
        List<Claim> onMathcad = claim("mathcad", 10);
        assertThat(onMathcad).extracting(Claim::seq).containsExactly(2, 3, 5, 7, 8, 9);
        assertThat(onMathcad).as("once native use stopped, a spot check runs on Mathcad alone").noneMatch(Claim::crossCheck);
    }

    @Test
    void aVerificationCaseThatFailsWithoutBeingComparedStopsNativeUse() {
        long id = submit();
        List<Claim> verification = claim("mathcad", 10);
        agree(verification.get(0));

        store.complete(List.of(new Outcome.Failed(verification.get(1).fence(), "did not answer within 300 s", true)),
                T0, DECISIONS);

        var status = store.batch(id).orElseThrow().crossCheck();
        assertThat(status.state()).isEqualTo(CrossCheck.MATHCAD);
        assertThat(status.disagreement().item()).isEqualTo(6);
        assertThat(status.disagreement().reason()).contains("could not be compared").contains("did not answer");
        assertThat(claim("mathcad", 10)).extracting(Claim::seq).containsExactly(2, 3, 4, 5, 7, 8, 9);
    }

    @Test
    void aVerificationCaseCannotBeCancelledAloneWhileTheBatchVerifies() {
        long id = submit();

        assertThatThrownBy(() -> store.cancelItem(id, 6)).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(e.getMessage()).contains("verification"));
        assertThat(store.cancelItem(id, 2)).isEmpty();
        assertThat(item(id, 2).state()).isEqualTo(ItemState.CANCELLED);
        store.cancelBatch(id);
        assertThat(store.batch(id).orElseThrow().state()).isEqualTo(BatchState.CANCELLED);
        assertThat(store.batch(id).orElseThrow().crossCheck().state()).isEqualTo(CrossCheck.VERIFYING);
    }

    @Test
    void aBatchThatIsNotCrossCheckedShowsNoCrossCheck() {
        BatchSpec spec = new BatchSpec("x", "beam.mcdx", "native", null, null, null, null, 0, null, null, null, null,
                null, null);
        long id = store.submit(spec, List.of(new CaseInput("a", Map.of()))).id();

        assertThat(store.batch(id).orElseThrow().crossCheck()).isNull();
        assertThat(item(id, 1).crossCheck()).isNull();
        assertThat(claim("native", 1)).singleElement().satisfies(c -> assertThat(c.crossCheck()).isFalse());
    }
}
