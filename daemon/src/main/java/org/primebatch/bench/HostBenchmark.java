package org.primebatch.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.host.HostSettings;
import org.primebatch.engine.host.HostedEngine;
import org.primebatch.engine.host.ProcessLedger;

/**
 * What running an engine in a host costs: the echo engine's per-case time in this process and in a host, the time a
 * host takes to start, and the time from a host's death (SIGKILL) to the error and to a replacement running a case.
 */
public final class HostBenchmark {
    private final int cases;
    private final int kills;
    private final Consumer<String> progress;

    public HostBenchmark(int cases, int kills, Consumer<String> progress) {
        this.cases = cases;
        this.kills = kills;
        this.progress = progress;
    }

    /**
     * @param inProcessMicros   microseconds per case (set inputs, calculate, read outputs) in this process
     * @param hostedMicros      the same through a host
     * @param startMillis       median time to start a host and open a worksheet in it
     * @param detectMillis      median time from killing a busy host to the failed call
     * @param replaceMillis     median time from the failed call to a new host having run a case
     */
    public record Report(int cases, double inProcessMicros, double hostedMicros, int kills, double startMillis,
                         double detectMillis, double replaceMillis) {
        public String table() {
            return String.format(Locale.ROOT, "primebatch bench hosts: the echo engine in this process and in an engine host%n%n"
                            + "%-30s %10.1f µs/case   (%,d cases)%n"
                            + "%-30s %10.1f µs/case   (overhead %.1f µs/case)%n"
                            + "%-30s %10.0f ms        (median of %d)%n"
                            + "%-30s %10.0f ms        (SIGKILL of a busy host to the failed call; median of %d)%n"
                            + "%-30s %10.0f ms        (failed call to a new host having run a case; median of %d)%n",
                    "in process", inProcessMicros, cases, "in a host", hostedMicros, hostedMicros - inProcessMicros,
                    "start a host", startMillis, kills, "detect a dead host", detectMillis, kills,
                    "replace a dead host", replaceMillis, kills);
        }
    }

    public Report run() throws Exception {
        Path worksheet = Files.createTempFile("pbbench", ".mcdx");
        Logger.getLogger("org.primebatch.engine.host").setLevel(Level.WARNING);
        HostSettings d = HostSettings.defaults();
        // no recycling and no hold-back: the figures are about one host's calls and about replacing killed hosts
        HostSettings settings = new HostSettings(List.of(), Map.of(), Integer.MAX_VALUE, d.startTimeout(), d.heartbeatTimeout(),
                Integer.MAX_VALUE, d.deathWindow(), d.holdBack());
        HostedEngine hosted = new HostedEngine(new EchoEngine(1), 1, () -> settings, ProcessLedger.NONE, new HostedEngine.Events() {
            @Override
            public void heldBack(String engine, String reason, Instant until) {
                progress.accept("held back: " + reason);
            }

            @Override
            public void back(String engine) {
            }
        }, Clock.systemUTC());
        try {
            progress.accept("echo in this process, " + cases + " cases");
            double inProcess = microsPerCase(new EchoEngine(1), worksheet);
            progress.accept("echo in a host, " + cases + " cases");
            double inHost = microsPerCase(hosted, worksheet);
            long[] start = new long[kills];
            long[] detect = new long[kills];
            long[] replace = new long[kills];
            for (int i = 0; i < kills; i++) {
                progress.accept("kill " + (i + 1) + " of " + kills);
                measureKill(hosted, worksheet, i, start, detect, replace);
            }
            return new Report(cases, inProcess, inHost, kills, millis(start), millis(detect), millis(replace));
        } finally {
            hosted.close();
            Files.deleteIfExists(worksheet);
        }
    }

    private double microsPerCase(Engine engine, Path worksheet) throws EngineException {
        try (EngineSession session = engine.open(worksheet)) {
            runCases(session, Math.min(cases, 2_000));
            long begin = System.nanoTime();
            runCases(session, cases);
            return (System.nanoTime() - begin) / 1e3 / cases;
        }
    }

    private static void runCases(EngineSession session, int count) throws EngineException {
        for (int i = 0; i < count; i++) {
            session.setInputs(Map.of("x", CaseValue.of(i, "m")));
            session.calculate();
            session.outputs();
        }
    }

    private static void measureKill(HostedEngine hosted, Path worksheet, int i, long[] start, long[] detect, long[] replace)
            throws Exception {
        EngineSession session = hosted.open(worksheet);
        long pid = hosted.stats().pids().get(0);
        session.setInputs(Map.of(EchoEngine.DELAY_INPUT, CaseValue.of(60_000, null)));
        CompletableFuture<Long> failedAt = CompletableFuture.supplyAsync(() -> {
            try {
                session.calculate();
                return -1L;
            } catch (EngineException e) {
                return System.nanoTime();
            }
        });
        TimeUnit.MILLISECONDS.sleep(300);
        long killedAt = System.nanoTime();
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        long failed;
        try {
            failed = failedAt.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the killed host's call did not fail cleanly", e);
        }
        detect[i] = failed - killedAt;
        session.close();
        long opening = System.nanoTime();
        try (EngineSession next = hosted.open(worksheet)) {
            start[i] = System.nanoTime() - opening;
            next.setInputs(Map.of("x", CaseValue.of(1, null)));
            next.calculate();
            next.outputs();
        }
        replace[i] = System.nanoTime() - failed;
    }

    private static double millis(long[] nanos) {
        return Percentiles.of(nanos).at(0.5) / 1e6;
    }
}
