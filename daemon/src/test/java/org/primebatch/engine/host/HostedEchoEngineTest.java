package org.primebatch.engine.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineContractTest;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.EngineUnavailableException;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.mcdx.testing.Corpus;

/** The echo engine in real host processes: the engine contract, and every way a host can fail. */
class HostedEchoEngineTest extends EngineContractTest {
    private final HostedEngines hosts = new HostedEngines();
    private final List<HostedEngine> created = new ArrayList<>();
    private HostedEngine engine;

    @AfterEach
    void stopHosts() {
        created.forEach(HostedEngine::close);
    }

    @Override
    protected Engine engine() {
        if (engine == null) {
            engine = hosted(HostSettings.defaults());
        }
        return engine;
    }

    private HostedEngine hosted(HostSettings settings) {
        HostedEngine hosted = hosts.create(new EchoEngine(1), 1, settings);
        created.add(hosted);
        return hosted;
    }

    @Override
    protected Path worksheet() {
        return Corpus.simpleExample();
    }

    @Override
    protected String realInput() {
        return "input_1";
    }

    @Test
    void casesRunInAChildProcess() throws Exception {
        HostedEngine hosted = (HostedEngine) engine();
        try (EngineSession session = hosted.open(worksheet())) {
            session.setInputs(Map.of("x", CaseValue.of(4, "m")));
            session.calculate();
            assertThat(session.outputs()).isEqualTo(Map.of("x", CaseValue.of(4, "m")));
            assertThat(hosted.stats().pids()).hasSize(1).doesNotContain(ProcessHandle.current().pid());
            assertThat(ProcessHandle.current().children().map(ProcessHandle::pid)).contains(hosted.stats().pids().get(0));
        }
        assertThat(hosted.stats().alive()).as("the host is kept for the next session").isEqualTo(1);
    }

    @Test
    void engineErrorsComeBackWithTheirRetryability() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            session.setInputs(Map.of(EchoEngine.FAIL_INPUT, CaseValue.of("permanent")));
            assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.retryable()).isFalse();
                assertThat(e.sessionLost()).isFalse();
                assertThat(e).hasMessageContaining("echo asked to fail");
            });
        }
    }

    @Test
    void aHostKilledMidCaseLosesTheSessionAndTheNextSessionGetsANewHost() throws Exception {
        HostedEngine hosted = (HostedEngine) engine();
        EngineSession session = hosted.open(worksheet());
        session.setInputs(Map.of(EchoEngine.DELAY_INPUT, CaseValue.of(600_000, null)));
        Future<?> calculating = CompletableFuture.runAsync(() -> calculate(session));
        long pid = hosted.stats().pids().get(0);
        awaitChildRunning(pid);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();

        assertThatThrownBy(calculating::get).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(EngineException.class, e -> {
                    assertThat(e.sessionLost()).isTrue();
                    assertThat(e.retryable()).isTrue();
                    assertThat(e).hasMessageContaining("host " + pid).hasMessageContaining("ended");
                });
        assertThat(hosted.stats().restarts()).isEqualTo(1);
        session.close();

        try (EngineSession next = hosted.open(worksheet())) {
            next.setInputs(Map.of("x", CaseValue.of(1, null)));
            next.calculate();
            assertThat(next.outputs()).containsKey("x");
            assertThat(hosted.stats().pids()).doesNotContain(pid);
        }
    }

    @Test
    void aCallThatOutlivesItsTimeoutKillsTheHost() throws Exception {
        HostedEngine hosted = (HostedEngine) engine();
        CallTimeouts timeouts = CallTimeouts.DEFAULTS.with(Map.of("calculate", 1));
        try (EngineSession session = hosted.open(worksheet(), new SessionOptions(Map.of(), timeouts))) {
            session.setInputs(Map.of(EchoEngine.DELAY_INPUT, CaseValue.of(600_000, null)));
            long pid = hosted.stats().pids().get(0);
            assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.sessionLost()).isTrue();
                assertThat(e).hasMessageContaining("calculate did not finish within 1 s");
            });
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).as("the hung host is gone").isFalse();
        }
    }

    @Test
    void aFrozenHostIsFoundByItsMissingHeartbeat() throws Exception {
        HostedEngine hosted = hosted(HostedEngines.settings(200, List.of(), Duration.ofMinutes(1)));
        try (EngineSession session = hosted.open(worksheet())) {
            long pid = hosted.stats().pids().get(0);
            signal("STOP", pid);
            session.setInputs(Map.of("x", CaseValue.of(1, null)));
            org.junit.jupiter.api.Assertions.fail("a stopped host answered");
        } catch (EngineException e) {
            assertThat(e.sessionLost()).isTrue();
            assertThat(e).hasMessageContaining("no heartbeat");
        }
    }

    @Test
    void anInterruptedCallStopsTheHost() throws Exception {
        HostedEngine hosted = (HostedEngine) engine();
        EngineSession session = hosted.open(worksheet());
        session.setInputs(Map.of(EchoEngine.DELAY_INPUT, CaseValue.of(600_000, null)));
        long pid = hosted.stats().pids().get(0);
        Thread worker = new Thread(() -> calculate(session));
        List<Throwable> thrown = new ArrayList<>();
        worker.setUncaughtExceptionHandler((t, e) -> thrown.add(e.getCause()));
        worker.start();
        awaitChildRunning(pid);
        Thread.sleep(300);
        worker.interrupt();
        worker.join(30_000);
        assertThat(thrown).singleElement().isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e).hasMessageContaining("interrupted"));
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        session.close();
    }

    @Test
    void aHostIsRecycledAfterItsShareOfCases() throws Exception {
        HostedEngine hosted = hosted(HostedEngines.settings(3, List.of(), Duration.ofMinutes(1)));
        List<Long> pids = new ArrayList<>();
        try (EngineSession session = hosted.open(worksheet())) {
            for (int i = 1; i <= 7; i++) {
                session.setInputs(Map.of("x", CaseValue.of(i, null)));
                session.calculate();
                assertThat(session.outputs().get("x").value().asInt()).as("case %d after recycling", i).isEqualTo(i);
                pids.add(hosted.stats().pids().get(0));
            }
        }
        assertThat(pids.stream().distinct()).hasSize(3);
        assertThat(hosted.stats().recycled()).isEqualTo(2);
        assertThat(hosted.stats().restarts()).isZero();
    }

    @Test
    void hostsThatDieAtStartHoldTheEngineBack() {
        HostedEngine hosted = hosted(HostedEngines.settings(200, List.of("-XX:+NoSuchOptionForPrimebatch"), Duration.ofMinutes(5)));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> hosted.open(worksheet())).isInstanceOfSatisfying(EngineUnavailableException.class,
                    e -> assertThat(e).hasMessageContaining("exited at start").hasMessageContaining("NoSuchOptionForPrimebatch"));
        }
        assertThat(hosted.availability().available()).isFalse();
        assertThat(hosted.availability().temporary()).isTrue();
        assertThat(hosted.availability().reason()).contains("failed 3 times");
        assertThat(hosts.events).singleElement().asString().startsWith("held back echo");
        assertThatThrownBy(() -> hosted.open(worksheet())).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cases wait until");
    }

    @Test
    void anEngineHeldBackComesBackWhenTheTimeIsUp() throws Exception {
        HostedEngine hosted = hosted(HostedEngines.settings(200, List.of("-XX:+NoSuchOptionForPrimebatch"), Duration.ofSeconds(1)));
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> hosted.open(worksheet())).isInstanceOf(EngineUnavailableException.class);
        }
        assertThat(hosted.availability().available()).isFalse();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!hosted.availability().available() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(hosted.availability().available()).isTrue();
        assertThat(hosts.events).hasSize(2).last().isEqualTo("back echo");
    }

    private static void calculate(EngineSession session) {
        try {
            session.calculate();
        } catch (EngineException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }

    private static void awaitChildRunning(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ProcessHandle.of(pid).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(200);
    }

    static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).isZero();
    }
}
