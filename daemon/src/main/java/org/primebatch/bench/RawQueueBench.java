package org.primebatch.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.store.Claim;
import org.primebatch.store.Outcome;
import org.primebatch.queue.QueueDecisions;
import org.primebatch.queue.RunnerConfig;
import org.primebatch.store.SqliteQueueStore;

/**
 * The baseline: the store alone, on a fresh file, each item claimed and completed in its own durable transaction,
 * as a runner with one slot and no group commit would do.
 */
final class RawQueueBench {
    private static final String OWNER = "bench";
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final QueueDecisions DECISIONS = RunnerConfig.defaults().decisions();

    private RawQueueBench() {
    }

    /** Returns claim+complete items per second. */
    static double run(Path dbFile, BatchSpec spec, List<CaseInput> cases, Consumer<String> progress) {
        try (SqliteQueueStore store = SqliteQueueStore.open(dbFile)) {
            store.submit(spec, cases);
            long start = System.nanoTime();
            for (int done = 0; done < cases.size(); done++) {
                Instant now = Instant.now();
                List<Claim> claims = store.claim(OWNER, spec.engine(), 1, now, now.plus(LEASE)); // as the runner claims
                if (claims.size() != 1) {
                    throw new IllegalStateException("claimed " + claims.size() + " items after " + done + " of " + cases.size());
                }
                Claim claim = claims.get(0);
                List<Boolean> accepted = store.complete(
                        List.of(new Outcome.Succeeded(claim.fence(), claim.inputs(), List.of())), Instant.now(), DECISIONS);
                if (!accepted.get(0)) {
                    throw new IllegalStateException("the store refused the outcome of item " + claim.seq());
                }
                if ((done + 1) % 1000 == 0) {
                    progress.accept("raw: " + (done + 1) + "/" + cases.size());
                }
            }
            return Rates.perSecond(cases.size(), System.nanoTime() - start);
        }
    }
}
