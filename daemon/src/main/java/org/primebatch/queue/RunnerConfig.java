package org.primebatch.queue;

import java.time.Duration;

/**
 * How the runner works the queue.
 *
 * @param lease          how long a claim holds an item without renewal; renewed every third of it
 * @param caseTimeout    longest a case may run when its batch sets no timeout
 * @param cancelGrace    how long a running case may take to stop after a cancel before it is recorded cancelled anyway
 * @param idlePoll       how often an idle runner looks for work that became due (retry backoff)
 * @param retry          which cases that did not succeed run again, and when
 */
public record RunnerConfig(Duration lease, Duration caseTimeout, Duration cancelGrace, Duration idlePoll,
                           RetryPolicy retry) {
    public static RunnerConfig defaults() {
        return new RunnerConfig(Duration.ofSeconds(30), Duration.ofMinutes(30), Duration.ofSeconds(5), Duration.ofMillis(200),
                RetryPolicy.standard());
    }

    /** What the store is told when cases end, are abandoned, or fail too often. */
    public QueueDecisions decisions() {
        return new QueueDecisions(retry);
    }
}
