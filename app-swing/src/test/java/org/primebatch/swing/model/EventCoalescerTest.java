package org.primebatch.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.model.Fixtures.onEdt;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EventCoalescerTest {
    /** Stands in for the timer: every scheduled flush waits until the test says a period has passed. */
    private final Queue<Runnable> due = new ConcurrentLinkedQueue<>();
    private final List<List<Long>> flushes = new ArrayList<>();
    private final EventCoalescer<Long> coalescer = new EventCoalescer<>(due::add, run -> {
        assertThat(javax.swing.SwingUtilities.isEventDispatchThread()).isTrue();
        flushes.add(run);
    });

    @Test
    void oneFlushAPeriodCarriesEverythingOfferedSinceTheLast() throws Exception {
        int periods = 0;
        for (long value = 1; value <= 100_000; value++) {
            coalescer.offer(value);
            if (value % 1_000 == 0) {
                periodPasses();
                periods++;
            }
        }

        assertThat(flushes).hasSize(periods);
        assertThat(flushes).allSatisfy(run -> assertThat(run).hasSize(1_000));
        assertThat(delivered()).containsExactlyElementsOf(LongStream.rangeClosed(1, 100_000).boxed().toList());
    }

    @Test
    void nothingOfferedMeansNoFlush() throws Exception {
        periodPasses();

        assertThat(due).isEmpty();
        assertThat(flushes).isEmpty();
    }

    @Test
    void valuesFromManyThreadsArriveOnceEachAndInTheOrderEachThreadOfferedThem() throws Exception {
        int threads = 4;
        int perThread = 25_000;
        CountDownLatch producersDone = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            long base = t * 1_000_000L;
            Thread producer = new Thread(() -> {
                for (long i = 1; i <= perThread; i++) {
                    coalescer.offer(base + i);
                }
                producersDone.countDown();
            });
            producer.start();
        }
        int periods = 0;
        while (!producersDone.await(1, TimeUnit.MILLISECONDS)) {
            periodPasses();
            periods++;
        }
        periodPasses();
        periods++;

        assertThat(flushes.size()).isLessThanOrEqualTo(periods);
        List<Long> delivered = delivered();
        assertThat(delivered).hasSize(threads * perThread).doesNotHaveDuplicates();
        for (int t = 0; t < threads; t++) {
            long base = t * 1_000_000L;
            List<Long> fromThread = delivered.stream().filter(v -> v > base && v <= base + perThread).toList();
            assertThat(fromThread).isSorted().hasSize(perThread);
        }
    }

    @Test
    void theTimedCoalescerDeliversEverythingInOrderOnTheEventDispatchThread() throws Exception {
        List<Long> received = new ArrayList<>();
        AtomicBoolean offEdt = new AtomicBoolean();
        CountDownLatch all = new CountDownLatch(1);
        int count = 100_000;
        try (EventCoalescer<Long> timed = EventCoalescer.everyPeriod(EventCoalescer.DEFAULT_PERIOD, run -> {
            offEdt.compareAndSet(false, !javax.swing.SwingUtilities.isEventDispatchThread());
            received.addAll(run);
            if (received.size() == count) {
                all.countDown();
            }
        })) {
            for (long value = 1; value <= count; value++) {
                timed.offer(value);
            }
            assertThat(all.await(30, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(offEdt).isFalse();
        assertThat(received).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
    }

    @Test
    void afterCloseNothingMoreIsDelivered() throws Exception {
        coalescer.offer(1L);
        coalescer.close();
        coalescer.offer(2L);
        periodPasses();

        assertThat(flushes).isEmpty();
    }

    /** Runs the flushes scheduled before the period ended; one scheduled during them waits for the next period. */
    private void periodPasses() throws Exception {
        for (int n = due.size(); n > 0; n--) {
            onEdt(due.poll());
        }
    }

    private List<Long> delivered() {
        return flushes.stream().flatMap(List::stream).toList();
    }
}
