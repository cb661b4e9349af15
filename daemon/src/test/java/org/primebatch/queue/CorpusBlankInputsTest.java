package org.primebatch.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.ValueKind;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.host.HostedEngine;
import org.primebatch.mcdx.NativeEngine;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.sheet.WorksheetInspector;
import org.primebatch.mcdx.testing.Corpus;

/**
 * Every worksheet of the corpus that the native engine takes and that designates inputs, run through the queue and
 * two engine hosts with seeded cases that leave random inputs blank and vary the others around the worksheet's own
 * values: each case ends as a fresh native session running it alone ends (the same outputs, or a failure).
 */
class CorpusBlankInputsTest {
    private static final int CASES_PER_WORKSHEET = 24;

    @TempDir
    Path dir;

    @Test
    void everyCaseOfEveryTakenWorksheetEndsAsItDoesAlone() throws Exception {
        NativeEngine local = new NativeEngine(1);
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            sheets = files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        int worksheets = 0;
        int compared = 0;
        List<String> differences = new ArrayList<>();
        HostedEngine hosted = QueueRun.hostedNative(2, 200);
        try {
            for (Path sheet : sheets) {
                var admission = local.admit(sheet);
                if (!admission.accepted() || admission.inputs().isEmpty()) {
                    continue;
                }
                List<CaseInput> cases = cases(sheet, new Random(sheet.getFileName().toString().hashCode()));
                Map<String, String> alone = new LinkedHashMap<>();
                for (CaseInput c : cases) {
                    alone.put(c.name(), alone(local, sheet, c));
                }
                List<ItemView> items = QueueRun.run(hosted, sheet, cases, Files.createTempDirectory(dir, "run"));
                worksheets++;
                for (ItemView item : items) {
                    compared++;
                    String ended = item.state() == ItemState.SUCCEEDED ? item.outputs().toString() : "failed";
                    if (!ended.equals(alone.get(item.name()))) {
                        differences.add(Corpus.dir().relativize(sheet) + " " + item.name() + " " + item.inputs() + ": " + ended
                                + " in the batch, " + alone.get(item.name()) + " alone");
                    }
                }
            }
        } finally {
            hosted.close();
        }
        System.out.printf("corpus blank inputs: %d worksheets, %d cases compared, %d differences%n", worksheets, compared,
                differences.size());
        assertThat(worksheets).as("worksheets the native engine takes with designated inputs").isPositive();
        assertThat(differences).isEmpty();
    }

    private static String alone(NativeEngine engine, Path sheet, CaseInput c) {
        try (EngineSession session = engine.open(sheet)) {
            session.setInputs(c.inputs());
            session.calculate();
            return session.outputs().toString();
        } catch (EngineException e) {
            return "failed";
        }
    }

    /** Each case leaves every designated input blank or gives it: a real scaled by 0.5 to 1.5, other kinds as held. */
    private static List<CaseInput> cases(Path sheet, Random random) throws Exception {
        List<IoValue> inputs = WorksheetInspector.inspect(Worksheet.open(sheet)).inputs();
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 1; i <= CASES_PER_WORKSHEET; i++) {
            Map<String, CaseValue> given = new LinkedHashMap<>();
            for (IoValue input : inputs) {
                if (input.value() == null || input.value().isNull() || random.nextBoolean()) {
                    continue;
                }
                if (input.kind() == ValueKind.REAL && input.value().isNumber()) {
                    double scaled = input.value().asDouble() * (0.5 + random.nextInt(101) / 100.0);
                    given.put(input.alias(), CaseValue.of(scaled, input.unit()));
                } else if (input.kind() == ValueKind.STRING) {
                    given.put(input.alias(), CaseValue.of(input.value().asText()));
                }
            }
            cases.add(new CaseInput("case " + i, given));
        }
        return cases;
    }
}
