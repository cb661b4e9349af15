package org.primebatch.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.RpcException;
import org.primebatch.engine.Engine;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.FakeMathcad;
import org.primebatch.engine.mathcad.MathcadConfig;
import org.primebatch.engine.mathcad.MathcadEngine;
import org.primebatch.mcdx.NativeEngine;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.store.SqliteQueueStore;
import org.primebatch.testing.DaemonProcess;

/**
 * Batches cross-checked with Mathcad Prime through a real SQLite queue, submitter and runner, the Mathcad engine on
 * the fake Prime: one that agrees, one that disagrees on one verification case, one that disagrees only after the
 * first cases (so a spot check finds it once cases already ran natively).
 */
class CrossCheckTest {
    private static final int CASES = 120;
    private static final Path SHEET = Corpus.simpleExample();

    @TempDir
    Path dir;

    private final FakeMathcad mathcad = new FakeMathcad();
    private SqliteQueueStore store;

    @AfterEach
    void stop() {
        mathcad.close();
        if (store != null) {
            store.close();
        }
    }

    private record Run(BatchView batch, List<ItemView> items, List<Event> events) {
        ItemView item(int seq) {
            return items.get(seq - 1);
        }

        List<Event> events(String type) {
            return events.stream().filter(e -> e.type().equals(type)).toList();
        }
    }

    private static List<CaseInput> cases() {
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            cases.add(new CaseInput("c" + i, Map.of("input_1", CaseValue.of(i, null), "input_2", CaseValue.of(1, null))));
        }
        return cases;
    }

    private static BatchSpec spec(String engine, Integer verify, Integer spotCheck) {
        return new BatchSpec("cross", SHEET.toString(), engine, null, null, null, null, 0, null, null, null, null, null,
                null, null, null, verify, spotCheck);
    }

    private Engines engines(Engine mathcadEngine) {
        return new Engines(List.of(new NativeEngine(2), mathcadEngine, new EchoEngine(1, StartedProcesses.NONE)));
    }

    private Run run(BatchSpec spec) throws InterruptedException {
        store = new SqliteQueueStore(dir.resolve("queue.db"), Clock.systemUTC());
        Engines engines = engines(mathcad.engine());
        try (Runner runner = new Runner(store, engines, RunnerConfig.defaults(), "test", Clock.systemUTC())) {
            runner.start();
            long id = new Submitter(store, engines, runner, dir.resolve("results")).submit(spec, cases()).id();
            DaemonProcess.await("the batch to end", Duration.ofMinutes(3),
                    () -> store.batch(id).map(BatchView::state).orElseThrow().isFinal());
            return new Run(store.batch(id).orElseThrow(), store.items(id, 0, CASES + 1, null),
                    store.batchEvents(id, Long.MAX_VALUE, 1000));
        }
    }

    private static double output(ItemView item) {
        return item.outputs().get("output").value().asDouble();
    }

    private static double exact(int i) {
        return Math.sqrt(i + 1.0);
    }

    @Test
    void anAutoBatchIsVerifiedOnBothEnginesThenRunsNativelyWithSpotChecks() throws InterruptedException {
        Run run = run(spec("auto", null, null));

        assertThat(run.batch().state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(run.batch().spec().engine()).isEqualTo("native");
        assertThat(run.batch().spec().verify()).isEqualTo(CrossCheck.DEFAULT_VERIFY);
        assertThat(run.batch().spec().spotCheck()).isEqualTo(CrossCheck.DEFAULT_SPOT_CHECK);
        assertThat(run.batch().crossCheck().state()).isEqualTo(CrossCheck.NATIVE);
        // verification: 1, 61, 120; spot checks: 50, 100
        assertThat(run.batch().crossCheck().checked()).isEqualTo(5);
        assertThat(run.batch().crossCheck().agreed()).isEqualTo(5);
        assertThat(run.batch().crossCheck().disagreement()).isNull();
        for (int seq : List.of(1, 61, 120)) {
            assertThat(run.item(seq).crossCheck()).satisfies(c -> {
                assertThat(c.role()).isEqualTo(CrossCheck.ROLE_VERIFY);
                assertThat(c.engine()).isEqualTo("mathcad");
                assertThat(c.agreed()).isTrue();
            });
        }
        for (int seq : List.of(50, 100)) {
            assertThat(run.item(seq).crossCheck().role()).isEqualTo(CrossCheck.ROLE_SPOT);
            assertThat(run.item(seq).crossCheck().agreed()).isTrue();
        }
        assertThat(run.items()).filteredOn(i -> i.crossCheck().role() == null)
                .hasSize(CASES - 5)
                .allSatisfy(i -> assertThat(i.crossCheck().engine()).isEqualTo("native"));
        assertThat(run.items()).allSatisfy(i -> assertThat(output(i)).isCloseTo(exact(i.seq()),
                org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(mathcad.calculations()).isEqualTo(5);
        assertThat(run.events(Event.BATCH_VERIFIED)).singleElement()
                .satisfies(e -> assertThat(e.data().get("cases").asInt()).isEqualTo(3));
        assertThat(run.events(Event.BATCH_DISAGREED)).isEmpty();
        long verifiedAt = run.events(Event.BATCH_VERIFIED).get(0).seq();
        assertThat(run.events(Event.ITEM_STARTED)).as("no case ran natively before the verification agreed")
                .filteredOn(e -> run.item(e.item()).crossCheck().role() == null)
                .allSatisfy(e -> assertThat(e.seq()).isGreaterThan(verifiedAt));
    }

    @Test
    void aVerificationCaseOnWhichMathcadDisagreesMakesTheBatchCarryOnWithMathcad() throws InterruptedException {
        mathcad.disagreeWhen("input_1", 61);

        Run run = run(spec("auto", null, null));

        assertThat(run.batch().state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(run.batch().crossCheck().state()).isEqualTo(CrossCheck.MATHCAD);
        assertThat(run.batch().crossCheck().disagreement()).satisfies(d -> {
            assertThat(d.item()).isEqualTo(61);
            assertThat(d.name()).isEqualTo("c61");
            assertThat(d.output()).isEqualTo("output");
            assertThat(d.mathcad().value().asDouble()).isEqualTo(exact(61) * FakeMathcad.OFF_BY);
            assertThat(d.nativeValue().value().asDouble()).isEqualTo(exact(61));
            assertThat(d.display()).contains("case 61 (c61): output output: Mathcad Prime ").contains(", native ");
        });
        assertThat(run.events(Event.BATCH_DISAGREED)).singleElement().satisfies(e -> {
            assertThat(e.data().get("item").asInt()).isEqualTo(61);
            assertThat(e.data().at("/mathcad/value").asDouble()).isEqualTo(exact(61) * FakeMathcad.OFF_BY);
            assertThat(e.data().at("/native/value").asDouble()).isEqualTo(exact(61));
            assertThat(e.data().get("rerun").asInt()).isZero();
        });
        assertThat(run.events(Event.BATCH_VERIFIED)).isEmpty();
        assertThat(run.item(61).crossCheck().agreed()).isFalse();
        assertThat(run.item(61).crossCheck().mathcad().value().asDouble()).isEqualTo(exact(61) * FakeMathcad.OFF_BY);
        assertThat(output(run.item(61))).as("the case's result is Mathcad's").isEqualTo(exact(61) * FakeMathcad.OFF_BY);
        assertThat(run.items()).as("every case ran on Mathcad, none natively")
                .allSatisfy(i -> assertThat(i.crossCheck().engine()).isEqualTo("mathcad"))
                .allSatisfy(i -> assertThat(i.state()).isEqualTo(ItemState.SUCCEEDED));
        assertThat(mathcad.calculations()).isEqualTo(CASES);
    }

    @Test
    void aSpotCheckThatDisagreesAfterTheVerificationRunsTheNativeCasesAgainOnMathcad() throws InterruptedException {
        mathcad.disagreeAfter(3);

        Run run = run(spec("auto", null, null));

        assertThat(run.batch().state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(run.events(Event.BATCH_VERIFIED)).hasSize(1);
        assertThat(run.events(Event.BATCH_DISAGREED)).singleElement().satisfies(e -> {
            assertThat(e.seq()).isGreaterThan(run.events(Event.BATCH_VERIFIED).get(0).seq());
            assertThat(e.data().get("item").asInt()).isEqualTo(50);
            assertThat(e.data().get("output").asText()).isEqualTo("output");
        });
        Event disagreed = run.events(Event.BATCH_DISAGREED).get(0);
        long requeuedOnMathcad = run.events(Event.ITEM_REQUEUED).stream()
                .filter(e -> e.seq() > disagreed.seq() && e.data().get("reason").asText().contains("stopped native use"))
                .count();
        assertThat(disagreed.data().get("rerun").asInt() + disagreed.data().get("rerouted").asInt() + requeuedOnMathcad)
                .as("every case routed to native went to Mathcad: calculated (rerun), waiting or running")
                .isEqualTo(CASES - 5);
        assertThat(run.batch().crossCheck().state()).isEqualTo(CrossCheck.MATHCAD);
        assertThat(run.batch().crossCheck().disagreement().item()).isEqualTo(50);
        assertThat(run.items()).allSatisfy(i -> assertThat(i.state()).isEqualTo(ItemState.SUCCEEDED));
        assertThat(run.items()).as("no native result stands: every case's outputs are Mathcad's")
                .allSatisfy(i -> assertThat(i.crossCheck().engine()).isEqualTo("mathcad"));
        for (int seq : List.of(1, 61, 120)) {
            assertThat(output(run.item(seq))).isEqualTo(exact(seq));
        }
        assertThat(run.items()).filteredOn(i -> !List.of(1, 61, 120).contains(i.seq()))
                .allSatisfy(i -> assertThat(output(i)).isEqualTo(exact(i.seq()) * FakeMathcad.OFF_BY));
    }

    @Test
    void aCrossCheckAskedForWithoutMathcadIsRefusedWithTheReason() throws InterruptedException {
        store = new SqliteQueueStore(dir.resolve("queue.db"), Clock.systemUTC());
        // the real engine: on this machine Mathcad Prime is not installed
        MathcadEngine absent = new MathcadEngine(MathcadConfig.defaults(), StartedProcesses.NONE);
        assertThat(absent.availability().available()).isFalse();
        Engines engines = engines(absent);
        try (Runner runner = new Runner(store, engines, RunnerConfig.defaults(), "test", Clock.systemUTC())) {
            Submitter submitter = new Submitter(store, engines, runner, dir.resolve("results"));

            assertThatThrownBy(() -> submitter.submit(spec("auto", 3, null), cases()))
                    .isInstanceOfSatisfying(RpcException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE);
                        assertThat(e.getMessage()).contains("compares the native engine with Mathcad Prime, which is not "
                                + "available here: ").contains(absent.availability().reason());
                    });
            assertThatThrownBy(() -> submitter.submit(spec("native", null, 10), cases()))
                    .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.ENGINE_UNAVAILABLE));
            assertThat(store.batches()).isEmpty();

            BatchView plain = submitter.submit(spec("auto", null, null), cases());
            assertThat(plain.spec().crossChecked()).as("auto without Mathcad runs natively, unchecked").isFalse();
            assertThat(plain.crossCheck()).isNull();
        }
    }

    @Test
    void aCrossCheckGoesOnlyWithTheNativeEngine() {
        store = new SqliteQueueStore(dir.resolve("queue.db"), Clock.systemUTC());
        Engines engines = engines(mathcad.engine());
        try (Runner runner = new Runner(store, engines, RunnerConfig.defaults(), "test", Clock.systemUTC())) {
            Submitter submitter = new Submitter(store, engines, runner, dir.resolve("results"));
            for (String engine : List.of("mathcad", "echo")) {
                assertThatThrownBy(() -> submitter.submit(spec(engine, 3, null), cases()))
                        .isInstanceOfSatisfying(RpcException.class, e -> {
                            assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SPEC);
                            assertThat(e.getMessage()).contains("goes with engine auto or native");
                        });
            }
            assertThatThrownBy(() -> submitter.submit(spec("native", -1, null), cases()))
                    .isInstanceOfSatisfying(RpcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_SPEC));
            assertThat(submitter.submit(spec("auto", 0, null), cases()).spec().crossChecked()).isFalse();
            assertThat(submitter.submit(spec("native", null, null), cases()).spec().crossChecked())
                    .as("native named without verify runs unchecked").isFalse();
            assertThat(submitter.submit(spec("native", 2, 0), cases()).spec()).satisfies(s -> {
                assertThat(s.verify()).isEqualTo(2);
                assertThat(s.spotCheck()).isZero();
            });
        }
    }
}
