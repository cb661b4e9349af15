package org.primebatch.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchSpec;
import org.primebatch.store.Attempts;
import org.primebatch.store.Decisions.FinishedCases;

/** The queue decides which cases run again and when, and which batches pause themselves. */
class QueueDecisionsTest {
    private static final Instant NOW = Instant.parse("2025-01-01T00:00:00Z");
    /** Backoff of exactly 1 s, 2 s, 4 s… capped at 10 s: the random factor is fixed at 1. */
    private static final RetryPolicy RETRY = new RetryPolicy(Duration.ofSeconds(1), Duration.ofSeconds(10), () -> 0.5);
    private static final QueueDecisions DECISIONS = new QueueDecisions(RETRY);

    @Test
    void aRetryableFailureWithAttemptsLeftRunsAgainAfterAGrowingBackoff() {
        assertThat(DECISIONS.retryAt(new Attempts(1, 3), true, NOW)).contains(NOW.plusSeconds(1));
        assertThat(DECISIONS.retryAt(new Attempts(2, 3), true, NOW)).contains(NOW.plusSeconds(2));
        assertThat(DECISIONS.retryAt(new Attempts(5, 9), true, NOW)).contains(NOW.plusSeconds(10));
    }

    @Test
    void aFailureARetryCannotFixOrTheLastAttemptFailsForGood() {
        assertThat(DECISIONS.retryAt(new Attempts(1, 3), false, NOW)).isEmpty();
        assertThat(DECISIONS.retryAt(new Attempts(3, 3), true, NOW)).isEmpty();
    }

    @Test
    void theBackoffIsJitteredBetweenHalfAndOneAndAHalfTimes() {
        assertThat(new RetryPolicy(Duration.ofSeconds(4), Duration.ofMinutes(1), () -> 0.0).delayAfter(1))
                .isEqualTo(Duration.ofSeconds(2));
        assertThat(new RetryPolicy(Duration.ofSeconds(4), Duration.ofMinutes(1), () -> 0.99).delayAfter(1))
                .isEqualTo(Duration.ofMillis(5960));
    }

    @Test
    void anAbandonedCaseRunsAgainOnlyWithAttemptsLeft() {
        assertThat(DECISIONS.runsAgain(new Attempts(1, 2))).isTrue();
        assertThat(DECISIONS.runsAgain(new Attempts(2, 2))).isFalse();
    }

    @Test
    void aBatchPausesItselfOnlyAboveItsThresholdAndFromItsMinimumOfFinishedCases() {
        BatchSpec strict = spec(0.5, 4);

        assertThat(DECISIONS.pauseReason(strict, () -> new FinishedCases(3, 3))).isEmpty();
        assertThat(DECISIONS.pauseReason(strict, () -> new FinishedCases(2, 4))).isEmpty();
        assertThat(DECISIONS.pauseReason(strict, () -> new FinishedCases(3, 4))).contains("error threshold");
        assertThat(DECISIONS.pauseReason(spec(0.0, 1), () -> new FinishedCases(0, 0))).isEmpty();
    }

    @Test
    void aBatchWithoutAThresholdNeverPausesAndItsCasesAreNotCounted() {
        AtomicInteger counted = new AtomicInteger();

        assertThat(DECISIONS.pauseReason(spec(null, null), () -> {
            counted.incrementAndGet();
            return new FinishedCases(10, 10);
        })).isEmpty();
        assertThat(counted).hasValue(0);
    }

    private static BatchSpec spec(Double threshold, Integer minItems) {
        return new BatchSpec("b", "beam.mcdx", null, null, null, null, null, 2, null, threshold, minItems, null, null, null);
    }
}
