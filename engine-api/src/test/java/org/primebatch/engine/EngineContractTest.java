package org.primebatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.api.WorksheetInfo;

/**
 * What every engine promises, run against each implementation: a session keeps its worksheet open across cases,
 * every case starts from the worksheet's own values whatever ran before it in the session, exports write where they
 * are told, a missing worksheet or an unknown export format is an error no retry can fix.
 */
public abstract class EngineContractTest {
    @TempDir
    protected Path dir;

    protected abstract Engine engine();

    /** A worksheet this engine can open. */
    protected abstract Path worksheet();

    /** An input alias of {@link #worksheet()} that takes a real number. */
    protected abstract String realInput();

    /** Inputs of {@link #worksheet()} that take a real number given without a unit; the first is {@link #realInput()}. */
    protected List<String> realInputs() {
        return List.of(realInput());
    }

    /** How many cases the blank-inputs property runs. */
    protected int propertyCases() {
        return 200;
    }

    @Test
    void anInputACaseLeavesBlankHasTheWorksheetsValueNotThePreviousCases() throws Exception {
        Map<String, CaseValue> blank;
        try (EngineSession fresh = engine().open(worksheet())) {
            blank = outputsOf(fresh, Map.of());
        }
        try (EngineSession session = engine().open(worksheet())) {
            Map<String, CaseValue> set = outputsOf(session, Map.of(realInput(), CaseValue.of(7.25, null)));
            assertThat(set).as("the input changes the outputs").isNotEqualTo(blank);
            assertThat(outputsOf(session, Map.of())).isEqualTo(blank);
        }
    }

    /**
     * Seeded cases, each leaving random inputs blank, run one after another in one session give exactly the outputs
     * a fresh session gives each of them.
     */
    @Test
    void everyCaseInOneSessionHasTheOutputsOfAFreshSession() throws Exception {
        Random random = new Random(19);
        List<Map<String, CaseValue>> cases = new ArrayList<>();
        for (int i = 0; i < propertyCases(); i++) {
            Map<String, CaseValue> inputs = new LinkedHashMap<>();
            for (String alias : realInputs()) {
                if (random.nextInt(3) > 0) {
                    inputs.put(alias, CaseValue.of(1 + random.nextInt(90) / 10.0, null));
                }
            }
            cases.add(inputs);
        }
        Map<Map<String, CaseValue>, Map<String, CaseValue>> fresh = new LinkedHashMap<>();
        for (Map<String, CaseValue> inputs : cases) {
            if (!fresh.containsKey(inputs)) {
                try (EngineSession session = engine().open(worksheet())) {
                    fresh.put(inputs, outputsOf(session, inputs));
                }
            }
        }
        try (EngineSession session = engine().open(worksheet())) {
            for (int i = 0; i < cases.size(); i++) {
                assertThat(outputsOf(session, cases.get(i))).as("case %d %s", i + 1, cases.get(i)).isEqualTo(fresh.get(cases.get(i)));
            }
        }
        assertThat(cases).as("the cases leave some inputs blank").anyMatch(c -> c.size() < realInputs().size());
    }

    private static Map<String, CaseValue> outputsOf(EngineSession session, Map<String, CaseValue> inputs) throws EngineException {
        session.setInputs(inputs);
        session.calculate();
        return session.outputs();
    }

    @Test
    void inspectListsTheInputsItAdmitsCasesFor() throws Exception {
        Engine engine = engine();
        Engine.Admission admission = engine.admit(worksheet());
        WorksheetInfo info = engine.inspect(worksheet());
        if (admission.inputs() == null) {
            assertThat(info).as("an engine that takes any input name designates none").isNull();
            return;
        }
        assertThat(info).isNotNull();
        assertThat(info.inputs()).extracting(IoValue::alias).containsExactlyInAnyOrderElementsOf(admission.inputs())
                .contains(realInput());
        assertThat(info.outputs()).isNotEmpty();
    }

    @Test
    void describesItself() {
        Engine engine = engine();
        assertThat(engine.name()).isNotBlank();
        assertThat(engine.version()).isNotBlank();
        assertThat(engine.defaultSlots()).isPositive();
        assertThat(engine.availability().available() || engine.availability().reason() != null).isTrue();
    }

    @Test
    void runsCaseAfterCaseInOneSession() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            for (double value : new double[] {1.5, 2.5, -3}) {
                session.setInputs(Map.of(realInput(), CaseValue.of(value, null)));
                session.calculate();
                assertThat(session.outputs()).isNotEmpty();
            }
        }
    }

    @Test
    void exportsEachFormatItOffersToTheGivenFile() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            session.setInputs(Map.of(realInput(), CaseValue.of(2, null)));
            session.calculate();
            for (String format : engine().exportFormats()) {
                Path target = dir.resolve("case." + format);
                session.export(format, target, "case 1");
                assertThat(target).exists();
                assertThat(Files.size(target)).isPositive();
            }
        }
    }

    @Test
    void refusesAMissingWorksheetForGood() {
        assertThatThrownBy(() -> engine().open(dir.resolve("missing.mcdx")))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void refusesAnExportFormatItDoesNotOffer() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            session.calculate();
            assertThatThrownBy(() -> session.export("no-such-format", dir.resolve("x"), "case 1"))
                    .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());
        }
    }
}
