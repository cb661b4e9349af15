package org.primebatch.queue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.primebatch.store.Fence;

/** The cases the workers are running, by item id. */
final class RunningCases {
    private final Map<Long, RunningCase> byItem = new ConcurrentHashMap<>();

    void add(RunningCase c) {
        byItem.put(c.claim().fence().itemId(), c);
    }

    void remove(RunningCase c) {
        byItem.remove(c.claim().fence().itemId());
    }

    RunningCase get(long itemId) {
        return byItem.get(itemId);
    }

    List<Long> itemIds() {
        return List.copyOf(byItem.keySet());
    }

    /** Abandons cancelled cases past the grace period, handing on their fences, and interrupts those past their timeout. */
    void watch(Instant now, Duration cancelGrace, Consumer<Fence> abandoned) {
        for (RunningCase c : byItem.values()) {
            if (c.abandonIfPast(now, cancelGrace)) {
                abandoned.accept(c.claim().fence());
            } else {
                c.timeOutIfPast(now);
            }
        }
    }

    void interruptAll() {
        byItem.values().forEach(RunningCase::interrupt);
    }
}
