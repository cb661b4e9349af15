package org.primebatch.queue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.store.Fence;
import org.primebatch.store.Outcome;
import org.primebatch.store.QueueStore;

/**
 * Records what became of claimed cases. Takes every outcome waiting and commits them in one transaction, so a durable
 * commit is shared by all cases that finished meanwhile; once the runner stops, returns the cases it did not finish to
 * the queue.
 */
final class Committer implements Runnable {
    private static final Logger LOG = Logger.getLogger(Committer.class.getName());
    private static final Outcome STOP = new Outcome.Cancelled(new Fence(-1, "", 0));

    private final QueueStore store;
    private final QueueDecisions decisions;
    private final Clock clock;
    private final BlockingQueue<Outcome> outcomes = new LinkedBlockingQueue<>();
    private final List<Fence> unfinished = Collections.synchronizedList(new ArrayList<>());

    Committer(QueueStore store, QueueDecisions decisions, Clock clock) {
        this.store = store;
        this.decisions = decisions;
        this.clock = clock;
    }

    void record(Outcome outcome) {
        outcomes.add(outcome);
    }

    /** A case the stop interrupted or kept from starting: it goes back to the queue, its attempt not counted. */
    void giveBack(Fence fence) {
        unfinished.add(fence);
    }

    @Override
    public void run() {
        List<Outcome> batch = new ArrayList<>();
        while (true) {
            try {
                Outcome first = outcomes.take();
                batch.add(first);
                outcomes.drainTo(batch);
                boolean stop = batch.remove(STOP);
                if (!batch.isEmpty()) {
                    store.complete(List.copyOf(batch), clock.instant(), decisions);
                }
                batch.clear();
                if (stop) {
                    return;
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "recording " + batch.size() + " outcomes failed; their leases will expire and the cases run again", e);
                batch.clear();
            }
        }
    }

    /** Ends {@link #run} once it has committed what was recorded before. */
    void stop() {
        outcomes.add(STOP);
    }

    /**
     * After {@link #run} ended: records the outcomes that came later, and returns the cases given back and
     * {@code neverStarted} to the queue.
     */
    void finish(Collection<Fence> neverStarted) {
        List<Outcome> late = new ArrayList<>();
        outcomes.drainTo(late);
        late.remove(STOP);
        if (!late.isEmpty()) {
            store.complete(late, clock.instant(), decisions);
        }
        List<Fence> back = new ArrayList<>(unfinished);
        back.addAll(neverStarted);
        if (!back.isEmpty()) {
            int released = store.release(back);
            LOG.info("returned " + released + " unfinished cases to the queue");
        }
    }
}
