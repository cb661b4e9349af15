package org.primebatch.swing.app;

import java.awt.AWTEvent;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.io.BufferedWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.swing.JTabbedPane;
import javax.swing.JTable;
import javax.swing.SwingUtilities;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Home;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.testing.DaemonProcess;

/**
 * The desktop client at scale: a real daemon runs 100,000 echo cases while the client, in this JVM, lists the batch,
 * shows its cases and is scrolled around. Prints the longest time the event dispatch thread spent on one event, how
 * many model updates reached it per second at most, and the peak heap. Run in a JVM with {@code -Xmx300m}:
 * {@code ScaleBenchmarkTest} does that.
 */
public final class ScaleBenchmark {
    private ScaleBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("pb-scale");
        // the echo engine inside the daemon: the queue's full rate, so the client sees the most events per second
        try (DaemonProcess daemon = DaemonProcess.start(dir.resolve("home"), "--slots", "4", "--in-process")) {
            run(daemon, dir, cases);
        } finally {
            DaemonProcess.deleteTree(dir);
        }
        System.exit(0);
    }

    private static void run(DaemonProcess daemon, Path dir, int cases) throws Exception {
        Path csv = dir.resolve("cases.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv)) {
            out.write("case,L [m],w [kN/m]\n");
            for (int i = 1; i <= cases; i++) {
                out.write("c" + i + "," + (1 + i % 97) + "," + (2 + i % 13) + "\n");
            }
        }
        TimedEventQueue queue = new TimedEventQueue();
        Toolkit.getDefaultToolkit().getSystemEventQueue().push(queue);
        HeapSampler heap = new HeapSampler();
        heap.start();

        DesktopClient.Launch launch = new DesktopClient.Launch(daemon.home(), dir.resolve("client"), List.of(), false, () -> { });
        DesktopClient[] client = new DesktopClient[1];
        SwingUtilities.invokeAndWait(() -> client[0] = DesktopClient.open(launch));
        DaemonProcess.await("the client to connect", Duration.ofSeconds(60), () -> onEdt(() -> client[0].connected()));

        long submitStart = System.nanoTime();
        BatchView batch;
        try (DaemonClient rpc = daemon.client()) {
            var spec = Json.object().put("name", "scale").put("worksheet", EchoBatches.WORKSHEET.toString())
                    .put("engine", "echo").put("outDir", dir.resolve("out").toString()).put("overwrite", "replace");
            var request = Json.object().put("caseFile", csv.toString());
            request.set("spec", spec);
            batch = Json.MAPPER.treeToValue(rpc.call(Protocol.BATCH_SUBMIT, request, Duration.ofMinutes(5)), BatchView.class);
        }
        double submitSeconds = (System.nanoTime() - submitStart) / 1e9;
        DaemonProcess.await("the batch to be listed", Duration.ofSeconds(60), () -> onEdt(() -> client[0].batchesTable().getRowCount() > 0));
        SwingUtilities.invokeAndWait(() -> {
            client[0].batchesTable().setRowSelectionInterval(0, 0);
            JTabbedPane tabs = find(client[0].window(), JTabbedPane.class);
            if (tabs != null) {
                tabs.setSelectedIndex(0);
            }
        });
        queue.reset(); // from here on: the batch runs while the user looks at it
        long start = System.nanoTime();
        int scrolls = 0;
        long id = batch.id();
        // what the client shows, not a request of its own: the benchmark adds no load a user would not
        while (!onEdt(() -> client[0].batch(id).map(view -> view.state().isFinal()).orElse(false))) {
            int row = (int) ((scrolls * 7919L) % cases);
            SwingUtilities.invokeLater(() -> {
                JTable table = find(client[0].window(), JTable.class, "cases");
                if (table != null && row < table.getRowCount()) {
                    table.scrollRectToVisible(table.getCellRect(row, 0, true));
                }
            });
            scrolls++;
            Thread.sleep(250);
        }
        double runSeconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(1000); // the last events reach the window
        heap.stopSampling();
        long longest = queue.maxNanos.get();
        long steady = queue.maxSteadyNanos.get();
        List<String> slow = List.copyOf(queue.slow);
        SwingUtilities.invokeAndWait(() -> client[0].quit());

        System.out.printf(Locale.ROOT, "cases                      %,d (echo engine in the daemon, 4 slots)%n", cases);
        System.out.printf(Locale.ROOT, "submit                     %.1f s%n", submitSeconds);
        System.out.printf(Locale.ROOT, "batch ran                  %.1f s (%.0f cases/s), scrolled %d times%n", runSeconds, cases / runSeconds, scrolls);
        System.out.printf(Locale.ROOT, "events dispatched          %,d%n", queue.count.get());
        System.out.printf(Locale.ROOT, "longest EDT event          %.1f ms (%s)%n", longest / 1e6, queue.worst);
        System.out.printf(Locale.ROOT, "longest after the first 5 s %.1f ms (the client's own events)%n", steady / 1e6);
        System.out.printf(Locale.ROOT, "EDT events over 50 ms      %d%n", slow.size());
        slow.forEach(line -> System.out.println("  slow event: " + line));
        queue.busyStacks().forEach(line -> System.out.println("  " + line));
        System.out.printf(Locale.ROOT, "peak heap used             %.0f MiB (max heap %.0f MiB)%n", heap.peak.get() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static boolean onEdt(java.util.function.BooleanSupplier check) {
        boolean[] result = new boolean[1];
        try {
            SwingUtilities.invokeAndWait(() -> result[0] = check.getAsBoolean());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return result[0];
    }

    private static <T extends java.awt.Component> T find(java.awt.Container root, Class<T> type) {
        return find(root, type, null);
    }

    private static <T extends java.awt.Component> T find(java.awt.Container root, Class<T> type, String name) {
        for (java.awt.Component c : root.getComponents()) {
            if (type.isInstance(c) && (name == null || name.equals(c.getName()))) {
                return type.cast(c);
            }
            if (c instanceof java.awt.Container container) {
                T found = find(container, type, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final long WARM_UP_NANOS = 5_000_000_000L;

    /** Times every event the dispatch thread handles. */
    private static final class TimedEventQueue extends EventQueue {
        final AtomicLong maxNanos = new AtomicLong();
        final AtomicInteger count = new AtomicInteger();
        volatile String worst = "";

        void reset() {
            since = System.nanoTime();
            slow.clear();
            busy.clear();
            maxNanos.set(0);
            maxSteadyNanos.set(0);
            count.set(0);
        }

        final java.util.List<String> slow = new java.util.concurrent.CopyOnWriteArrayList<>();
        /** The longest event after the first seconds, once the JIT has compiled the painting code. */
        final AtomicLong maxSteadyNanos = new AtomicLong();
        private volatile long since = System.nanoTime();

        /** Where the dispatch thread was, sampled every 5 ms while one event took over 20 ms: what makes events slow. */
        private final java.util.Map<String, Integer> busy = new java.util.concurrent.ConcurrentHashMap<>();
        private volatile Thread dispatchThread;
        private volatile long eventStart;

        TimedEventQueue() {
            Thread sampler = new Thread(() -> {
                while (true) {
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                    Thread edt = dispatchThread;
                    long started = eventStart;
                    if (edt != null && started != 0 && System.nanoTime() - started > 20_000_000) {
                        StringBuilder where = new StringBuilder();
                        StackTraceElement[] stack = edt.getStackTrace();
                        for (int i = 0, shown = 0; i < stack.length && shown < 6; i++) {
                            String frame = stack[i].getClassName() + "." + stack[i].getMethodName();
                            if (!frame.startsWith("java.lang.") && !frame.startsWith("jdk.internal.")) {
                                where.append(shown++ == 0 ? "" : " < ").append(frame);
                            }
                        }
                        busy.merge(where.toString(), 1, Integer::sum);
                    }
                }
            }, "edt-sampler");
            sampler.setDaemon(true);
            sampler.start();
        }

        /** The places the dispatch thread was found most often during slow events, with how many 5 ms samples. */
        List<String> busyStacks() {
            return busy.entrySet().stream()
                    .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed())
                    .limit(12)
                    .map(entry -> "busy in (" + entry.getValue() + " samples): " + entry.getKey())
                    .toList();
        }

        @Override
        protected void dispatchEvent(AWTEvent event) {
            long start = System.nanoTime();
            long gcBefore = gcMillis();
            dispatchThread = Thread.currentThread();
            eventStart = start;
            try {
                super.dispatchEvent(event);
            } finally {
                eventStart = 0;
                long took = System.nanoTime() - start;
                count.incrementAndGet();
                if (took > 50_000_000) {
                    slow.add(String.format(Locale.ROOT, "%.0f ms at %.1f s (garbage collection %d ms): %s", took / 1e6,
                            (start - since) / 1e9, gcMillis() - gcBefore, describe(event)));
                }
                if (start - since > WARM_UP_NANOS && !describe(event).contains(ScaleBenchmark.class.getSimpleName())) {
                    maxSteadyNanos.accumulateAndGet(took, Math::max);
                }
                if (took > maxNanos.get()) {
                    maxNanos.set(took);
                    worst = describe(event);
                }
            }
        }
    }

    private static String describe(AWTEvent event) {
        String text = event.getClass().getSimpleName() + " " + event.paramString();
        return text.length() > 140 ? text.substring(0, 140) + "…" : text;
    }

    private static long gcMillis() {
        long total = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** Samples the heap in use every 20 ms. */
    private static final class HeapSampler extends Thread {
        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;

        HeapSampler() {
            super("heap-sampler");
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (running) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void stopSampling() {
            running = false;
        }
    }
}
