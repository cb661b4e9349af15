package org.primebatch.queue;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.primebatch.api.BatchSpec;
import org.primebatch.store.Attempts;
import org.primebatch.store.Decisions;

/**
 * The queue's decisions as the store asks for them: retries by the {@link RetryPolicy}, pauses by the
 * {@link ErrorThreshold}, the course of a cross-checked batch by the {@link CrossCheckRule}.
 */
public record QueueDecisions(RetryPolicy retry) implements Decisions {

    @Override
    public Optional<Instant> retryAt(Attempts attempts, boolean retryable, Instant now) {
        return retry.retryAt(attempts, retryable, now);
    }

    @Override
    public boolean runsAgain(Attempts attempts) {
        return retry.runsAgain(attempts);
    }

    @Override
    public String crossCheckState(String state, CrossCheckTally tally) {
        return CrossCheckRule.next(state, tally);
    }

    /** Counts the finished cases only for a batch that sets a threshold. */
    @Override
    public Optional<String> pauseReason(BatchSpec spec, Supplier<FinishedCases> finished) {
        return ErrorThreshold.of(spec)
                .filter(threshold -> {
                    FinishedCases counted = finished.get();
                    return threshold.exceededBy(counted.failed(), counted.total());
                })
                .map(threshold -> ErrorThreshold.REASON);
    }
}
