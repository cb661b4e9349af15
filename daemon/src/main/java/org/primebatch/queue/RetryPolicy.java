package org.primebatch.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.primebatch.store.Attempts;

/**
 * Which cases run again, and when. A case runs again while it has attempts left, after a failure only when a retry
 * can help. Exponential backoff with jitter: before attempt {@code n + 1} an item waits {@code base * 2^(n-1)}, capped
 * at {@code max}, times a random factor in [0.5, 1.5).
 */
public record RetryPolicy(Duration base, Duration max, DoubleSupplier random) {
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), Math::random);
    }

    /** When a case whose attempt failed runs again; empty when it fails for good. */
    public Optional<Instant> retryAt(Attempts attempts, boolean retryable, Instant now) {
        return retryable && runsAgain(attempts) ? Optional.of(now.plus(delayAfter(attempts.made()))) : Optional.empty();
    }

    /** Whether a case with these attempts behind it may have another. */
    public boolean runsAgain(Attempts attempts) {
        return attempts.made() < attempts.allowed();
    }

    /** Delay before the next attempt after {@code attemptsMade} attempts (at least 1). */
    public Duration delayAfter(int attemptsMade) {
        int exponent = Math.min(Math.max(attemptsMade - 1, 0), 30);
        double millis = Math.min((double) base.toMillis() * (1L << exponent), (double) max.toMillis());
        return Duration.ofMillis((long) (millis * (0.5 + random.getAsDouble())));
    }
}
