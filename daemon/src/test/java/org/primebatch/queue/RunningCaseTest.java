package org.primebatch.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.store.Claim;
import org.primebatch.store.Fence;

/** A running case is in one state at a time: running, timed out, being cancelled, or abandoned after the grace. */
class RunningCaseTest {
    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Fence FENCE = new Fence(1, "boot", 1);

    private final RunningCase running = new RunningCase(new Claim(FENCE, 1, 1, "c", Map.of()), new Thread(() -> { }), T0);

    @Test
    void aCaseTimesOutOnlyOnceItsTimeoutIsKnownAndPassed() {
        running.timeOutIfPast(T0.plusSeconds(100));
        assertThat(running.state()).isEqualTo(CaseState.RUNNING);

        running.timeout(Duration.ofSeconds(10));
        running.timeOutIfPast(T0.plusSeconds(10));
        assertThat(running.state()).isEqualTo(CaseState.RUNNING);
        running.timeOutIfPast(T0.plusSeconds(11));
        assertThat(running.state().stage()).isEqualTo(CaseState.Stage.TIMED_OUT);
        assertThat(running.state().cancelled()).isFalse();
    }

    @Test
    void aCancelledCaseIsAbandonedOnceTheGracePassesAndOnlyOnce() {
        running.cancel(T0);
        assertThat(running.state()).isEqualTo(CaseState.cancelling(T0));
        assertThat(running.abandonIfPast(T0.plusSeconds(5), GRACE)).isFalse();
        assertThat(running.abandonIfPast(T0.plusSeconds(6), GRACE)).isTrue();
        assertThat(running.abandonIfPast(T0.plusSeconds(7), GRACE)).isFalse();

        running.cancel(T0.plusSeconds(8));
        assertThat(running.state().stage()).isEqualTo(CaseState.Stage.ABANDONED);
        assertThat(running.state().cancelled()).isTrue();
    }

    @Test
    void aCancelWinsOverATimeoutAndARepeatedCancelStartsTheGraceAgain() {
        running.timeout(Duration.ofSeconds(1));
        running.timeOutIfPast(T0.plusSeconds(2));
        running.cancel(T0.plusSeconds(3));
        assertThat(running.state()).isEqualTo(CaseState.cancelling(T0.plusSeconds(3)));

        running.cancel(T0.plusSeconds(7));
        assertThat(running.abandonIfPast(T0.plusSeconds(9), GRACE)).isFalse();
        running.timeOutIfPast(T0.plusSeconds(9));
        assertThat(running.state().stage()).isEqualTo(CaseState.Stage.CANCELLING);
    }

    @Test
    void theWatchHandsOnTheFencesOfAbandonedCases() {
        RunningCases cases = new RunningCases();
        cases.add(running);
        List<Fence> abandoned = new ArrayList<>();
        running.cancel(T0);

        cases.watch(T0.plusSeconds(1), GRACE, abandoned::add);
        assertThat(abandoned).isEmpty();
        cases.watch(T0.plusSeconds(6), GRACE, abandoned::add);
        cases.watch(T0.plusSeconds(7), GRACE, abandoned::add);
        assertThat(abandoned).containsExactly(FENCE);
    }
}
