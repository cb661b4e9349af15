package org.primebatch.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.host.HostedEngine;
import org.primebatch.mcdx.NativeEngine;
import org.primebatch.mcdx.testing.Examples;

/**
 * One seeded table of beam cases with random blanks in random columns, run through the real queue and runner in
 * several ways (one or two slots, in submitted or shuffled order, in process or in engine hosts recycled after every
 * case or after 200): every case gets exactly the outputs a fresh session gives it alone, whichever worker ran it and
 * whatever ran there before. A host recycled after every case costs a JVM start a case, so that run takes the
 * table's first {@value #RECYCLED_EVERY_CASE} cases.
 */
class BlankInputsPropertyTest {
    private static final int CASES = 240;
    private static final int RECYCLED_EVERY_CASE = 30;

    private static List<CaseInput> table;
    private static Map<String, Map<String, CaseValue>> alone;

    @TempDir
    Path dir;

    @BeforeAll
    static void makeTheTableAndItsOutputsAlone() throws Exception {
        Random random = new Random(20261204);
        table = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            Map<String, CaseValue> inputs = new LinkedHashMap<>();
            maybe(random, inputs, "L", CaseValue.of(2 + random.nextInt(11), "m"));
            maybe(random, inputs, "w", CaseValue.of(5 + random.nextInt(60), "kN/m"));
            maybe(random, inputs, "E", CaseValue.of(180 + random.nextInt(31), "GPa"));
            maybe(random, inputs, "I", CaseValue.of(5_000 + 1_000 * random.nextInt(40), "cm^4"));
            table.add(new CaseInput("case " + i, inputs));
        }
        alone = new LinkedHashMap<>();
        NativeEngine engine = new NativeEngine(1);
        for (CaseInput c : table) {
            try (EngineSession fresh = engine.open(Examples.beamWorksheet())) {
                fresh.setInputs(c.inputs());
                fresh.calculate();
                alone.put(c.name(), fresh.outputs());
            }
        }
        assertThat(table).as("some cases leave every input blank, some give all").anyMatch(c -> c.inputs().isEmpty())
                .anyMatch(c -> c.inputs().size() == 4);
    }

    private static void maybe(Random random, Map<String, CaseValue> inputs, String alias, CaseValue value) {
        if (random.nextBoolean()) {
            inputs.put(alias, value);
        }
    }

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("in process", 1, false, 0),
                Arguments.of("in process", 2, true, 0),
                Arguments.of("in hosts", 1, true, 200),
                Arguments.of("in hosts", 2, false, 200),
                Arguments.of("in hosts", 2, true, 1));
    }

    @ParameterizedTest(name = "{0}, {1} slots, shuffled {2}, recycle after {3}")
    @MethodSource("runs")
    void everyCaseHasTheOutputsItHasAlone(String where, int slots, boolean shuffled, int recycleAfter) throws Exception {
        List<CaseInput> cases = new ArrayList<>(recycleAfter == 1 ? table.subList(0, RECYCLED_EVERY_CASE) : table);
        if (shuffled) {
            Collections.shuffle(cases, new Random(slots * 31L + recycleAfter));
        }
        Engine engine = where.equals("in hosts") ? QueueRun.hostedNative(slots, recycleAfter) : new NativeEngine(slots);
        try {
            List<ItemView> items = QueueRun.run(engine, Examples.beamWorksheet(), cases, dir);
            assertThat(items).hasSize(cases.size());
            for (ItemView item : items) {
                assertThat(item.state()).as("%s: %s", item.name(), item.error()).isEqualTo(ItemState.SUCCEEDED);
                assertThat(item.outputs()).as("%s %s", item.name(), item.inputs()).isEqualTo(alone.get(item.name()));
            }
        } finally {
            if (engine instanceof HostedEngine hosted) {
                hosted.close();
            }
        }
    }
}
