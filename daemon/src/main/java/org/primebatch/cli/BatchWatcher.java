package org.primebatch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.DaemonUnavailableException;
import org.primebatch.client.Home;

/**
 * Follows a batch until it ends, printing progress: one line rewritten in place on a terminal, a plain line every
 * few seconds otherwise. Wakes on the batch's events and rereads its counts; rides out a daemon restart.
 */
final class BatchWatcher {
    private static final Duration RECONNECT_FOR = Duration.ofSeconds(60);
    private static final long PLAIN_EVERY_MILLIS = 2_000;

    private final Home home;
    private final PrintWriter out;
    private final boolean live;

    BatchWatcher(Home home, PrintWriter out) {
        this(home, out, System.console() != null);
    }

    BatchWatcher(Home home, PrintWriter out, boolean live) {
        this.home = home;
        this.out = out;
        this.live = live;
    }

    static int exitCode(BatchView batch) {
        return batch.state() == BatchState.SUCCEEDED ? Main.OK : Main.CASES_FAILED;
    }

    BatchView watch(long batchId) throws InterruptedException {
        Progress progress = new Progress(System.nanoTime());
        long lastPlain = 0;
        long unreachableSince = 0;
        while (true) {
            try (DaemonClient client = ClientCommand.connect(home)) {
                unreachableSince = 0;
                Semaphore changed = new Semaphore(0);
                client.addEventListener(e -> changed.release());
                long since = client.call(Protocol.DAEMON_STATUS, Json.object()).path("lastEventSeq").asLong();
                var topics = Json.MAPPER.createArrayNode().add("batch:" + batchId);
                client.call(Protocol.EVENTS_SUBSCRIBE, Json.object().put("since", since).set("topics", topics));
                while (true) {
                    BatchView batch = client.call(Protocol.BATCH_GET, Json.object().put("batch", batchId), BatchView.class);
                    String line = progress.line(batch, System.nanoTime());
                    if (batch.state().isFinal()) {
                        out.print(live ? "\r" + line + "\n" : line + "\n");
                        if (batch.crossCheck() != null) {
                            out.println("cross-check " + batch.crossCheck().display());
                        }
                        out.flush();
                        return batch;
                    }
                    if (live) {
                        out.print("\r" + line + "   ");
                        out.flush();
                    } else if (System.currentTimeMillis() - lastPlain >= PLAIN_EVERY_MILLIS) {
                        out.println(line);
                        out.flush();
                        lastPlain = System.currentTimeMillis();
                    }
                    changed.tryAcquire(500, TimeUnit.MILLISECONDS);
                    Thread.sleep(100); // coalesce bursts of events into one reread
                    changed.drainPermits();
                }
            } catch (CliFailure | DaemonUnavailableException e) {
                if (unreachableSince == 0) {
                    unreachableSince = System.nanoTime();
                    out.println((live ? "\n" : "") + "lost the daemon; waiting for it to come back");
                    out.flush();
                } else if (System.nanoTime() - unreachableSince > RECONNECT_FOR.toNanos()) {
                    throw new CliFailure(Main.UNREACHABLE, "the daemon did not come back within " + RECONNECT_FOR.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    /** Percent, done/failed/total, rate and time left, from counts seen over time. */
    static final class Progress {
        private final long startNanos;
        private int firstDone = -1;

        Progress(long startNanos) {
            this.startNanos = startNanos;
        }

        String line(BatchView batch, long nowNanos) {
            var c = batch.counts();
            if (firstDone < 0) {
                firstDone = c.done();
            }
            int done = c.done();
            double seconds = Math.max((nowNanos - startNanos) / 1e9, 1e-3);
            double rate = batch.state().isFinal() && batch.started() != null && batch.finished() != null
                    ? done / Math.max(Duration.between(batch.started(), batch.finished()).toNanos() / 1e9, 1e-3)
                    : (done - firstDone) / seconds;
            int percent = c.total() == 0 ? 100 : (int) Math.floor(100.0 * done / c.total());
            String eta = rate > 0 && !batch.state().isFinal() ? ", ETA " + duration((c.total() - done) / rate) : "";
            return String.format("batch %d %s %3d%%  %d/%d done, %d failed, %d running  %.1f cases/s%s",
                    batch.id(), batch.state().word(), percent, done, c.total(), c.failed(), c.running(), rate, eta);
        }

        static String duration(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                    : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
        }
    }
}
