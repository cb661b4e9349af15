package org.primebatch.queue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.ItemView;
import org.primebatch.engine.Engine;
import org.primebatch.engine.host.HostSettings;
import org.primebatch.engine.host.HostedEngine;
import org.primebatch.engine.host.ProcessLedger;
import org.primebatch.mcdx.NativeEngine;
import org.primebatch.store.SqliteQueueStore;
import org.primebatch.testing.DaemonProcess;

/** Batches run through a real SQLite queue, submitter and runner, in process or in engine hosts. */
final class QueueRun {
    private static final Duration SAFETY = Duration.ofMinutes(5);

    private QueueRun() {
    }

    /** Submits {@code cases} on {@code worksheet} to a fresh queue in {@code dir}, runs them and returns the items. */
    static List<ItemView> run(Engine engine, Path worksheet, List<CaseInput> cases, Path dir) throws InterruptedException {
        SqliteQueueStore store = new SqliteQueueStore(dir.resolve("queue-" + System.nanoTime() + ".db"), Clock.systemUTC());
        try (Runner runner = new Runner(store, new Engines(List.of(engine)), RunnerConfig.defaults(), "test", Clock.systemUTC())) {
            runner.start();
            Submitter submitter = new Submitter(store, new Engines(List.of(engine)), runner, dir.resolve("results"));
            BatchSpec spec = new BatchSpec("run", worksheet.toString(), engine.name(), dir.resolve("out").toString(),
                    null, null, null, 0, null, null, null, null, null, null);
            long id = submitter.submit(spec, cases).id();
            DaemonProcess.await("the batch to end", SAFETY, () -> store.batch(id).map(BatchView::state).orElseThrow().isFinal());
            return store.items(id, 0, cases.size() + 1, null);
        } finally {
            store.close();
        }
    }

    /** The native engine in hosts of their own, recycled after {@code recycleAfter} cases; close it after use. */
    static HostedEngine hostedNative(int slots, int recycleAfter) {
        HostSettings d = HostSettings.defaults();
        HostSettings settings = new HostSettings(d.jvmOptions(), d.engineSettings(), recycleAfter, d.startTimeout(),
                d.heartbeatTimeout(), d.deathLimit(), d.deathWindow(), d.holdBack());
        return new HostedEngine(new NativeEngine(1), slots, () -> settings, ProcessLedger.NONE, new HostedEngine.Events() {
            @Override
            public void heldBack(String engine, String reason, Instant until) {
                throw new AssertionError("the native engine was held back: " + reason);
            }

            @Override
            public void back(String engine) {
            }
        }, Clock.systemUTC());
    }
}
