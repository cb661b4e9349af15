package org.primebatch.store;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with jitter: before attempt {@code n + 1} an item waits {@code base * 2^(n-1)}, capped at
 * {@code max}, times a random factor in [0.5, 1.5).
 */
public record RetryPolicy(Duration base, Duration max, DoubleSupplier random) {
    public static RetryPolicy standard() {
        return new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(5), Math::random);
    }

    /** Delay before the next attempt after {@code attemptsMade} attempts (at least 1). */
    public Duration delayAfter(int attemptsMade) {
        int exponent = Math.min(Math.max(attemptsMade - 1, 0), 30);
        double millis = Math.min((double) base.toMillis() * (1L << exponent), (double) max.toMillis());
        return Duration.ofMillis((long) (millis * (0.5 + random.getAsDouble())));
    }
}
