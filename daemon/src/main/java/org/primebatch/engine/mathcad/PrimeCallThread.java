package org.primebatch.engine.mathcad;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.mathcad.com.PrimeComException;

/**
 * The one thread that owns every COM object of a session (a single-threaded apartment: COM objects may only be used
 * on the thread that made them). Callers submit calls and wait at most a given time; a call that does not answer
 * leaves the thread stuck inside Mathcad, and every later call fails at once: the session is lost.
 */
final class PrimeCallThread {
    @FunctionalInterface
    interface ComCall<T> {
        T call() throws PrimeComException;
    }

    private final ExecutorService executor;
    private final PrimeCallListener listener;
    private volatile String unanswered;

    PrimeCallThread(String name, PrimeCallListener listener) {
        this.listener = listener;
        this.executor = Executors.newSingleThreadExecutor(task -> {
            // a daemon thread: a call stuck in Mathcad must not keep the engine host's JVM alive
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    <T> T call(String call, Duration timeout, ComCall<T> body) throws EngineException {
        if (unanswered != null) {
            throw EngineException.sessionLost("Mathcad Prime has not answered " + unanswered + "; this session cannot be used", null);
        }
        long start = System.nanoTime();
        Future<T> future;
        try {
            future = executor.submit(body::call);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            throw EngineException.sessionLost("this Mathcad Prime session is closed", e);
        }
        try {
            T value = future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            listener.answered(call, since(start), value);
            return value;
        } catch (TimeoutException e) {
            unanswered = call;
            String message = call + " did not answer within " + timeout.toSeconds() + " s (a dialog may be open in Mathcad Prime)";
            listener.failed(call, since(start), message);
            throw EngineException.sessionLost(message, null);
        } catch (ExecutionException e) {
            EngineException failure = e.getCause() instanceof PrimeComException com ? ComFailures.of(call, com)
                    : new EngineException(call + " failed: " + e.getCause(), true, e.getCause());
            listener.failed(call, since(start), failure.getMessage());
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EngineException.transientFailure("interrupted while waiting for Mathcad Prime to answer " + call);
        }
    }

    /** Whether a call never answered (then nothing more may be asked of Mathcad through this thread). */
    boolean stuck() {
        return unanswered != null;
    }

    /** Runs {@code last} (releasing the apartment) unless the thread is stuck, and stops; never waits. */
    void shutdown(Runnable last) {
        if (unanswered == null) {
            try {
                executor.execute(last);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // already shut down
            }
        }
        executor.shutdown();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
