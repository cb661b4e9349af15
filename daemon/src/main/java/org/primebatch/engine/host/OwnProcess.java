package org.primebatch.engine.host;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills a process this daemon (or one of its hosts) started, by PID, but only when the process with that PID is still
 * the one that was started: a PID reused by another program is left alone.
 */
public final class OwnProcess {
    private static final Duration SAME_START = Duration.ofSeconds(1);

    private OwnProcess() {
    }

    /** Kills the process and waits for it to end; returns false when no process we started has that PID. */
    public static boolean kill(long pid, Instant startedAt) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive() || !sameStart(handle.get(), startedAt)) {
            return false;
        }
        handle.get().destroyForcibly();
        try {
            handle.get().onExit().get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // it was told to die; the operating system finishes the job
        }
        return true;
    }

    private static boolean sameStart(ProcessHandle handle, Instant startedAt) {
        Optional<Instant> start = handle.info().startInstant();
        return startedAt != null && start.isPresent()
                && Duration.between(start.get(), startedAt).abs().compareTo(SAME_START) <= 0;
    }
}
