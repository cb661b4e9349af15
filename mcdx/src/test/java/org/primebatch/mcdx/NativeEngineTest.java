package org.primebatch.mcdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineContractTest;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;

class NativeEngineTest extends EngineContractTest {
    private final NativeEngine engine = new NativeEngine(2);

    @Override
    protected Engine engine() {
        return engine;
    }

    @Override
    protected Path worksheet() {
        return Corpus.simpleExample();
    }

    @Override
    protected List<String> realInputs() {
        return List.of("input_1", "input_2");
    }

    @Override
    protected String realInput() {
        return "input_1";
    }

    @Test
    void computesTheSimpleExampleForNewInputs() throws Exception {
        try (EngineSession session = engine.open(Corpus.simpleExample())) {
            session.setInputs(Map.of("input_1", CaseValue.of(5, null), "input_2", CaseValue.of(11, null)));
            session.calculate();
            assertThat(session.outputs().get("output").value().asDouble()).isCloseTo(4.0, within(1e-12));
        }
    }

    @Test
    void computesTheBeamWithUnitsAsTyped() throws Exception {
        try (EngineSession session = engine.open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("L", CaseValue.of(8000, "mm"), "w", CaseValue.of(10, "kN/m"),
                    "E", CaseValue.of(200, "GPa"), "I", CaseValue.of(20_000, "cm^4")));
            session.calculate();
            Map<String, CaseValue> out = session.outputs();

            double l = 8;
            double w = 10e3;
            double e = 200e9;
            double i = 20_000e-8;
            double mMax = w * l * l / 8;
            double delta = 5 * w * Math.pow(l, 4) / (384 * e * i);
            double sigma = mMax / 557e-6;
            assertThat(out.get("M_max").value().asDouble()).isCloseTo(mMax / 1e3, within(1e-9));
            assertThat(out.get("M_max").unit()).isEqualTo("kN·m");
            assertThat(out.get("delta_max").value().asDouble()).isCloseTo(delta * 1e3, within(1e-9));
            assertThat(out.get("delta_max").unit()).isEqualTo("mm");
            assertThat(out.get("sigma").value().asDouble()).isCloseTo(sigma / 1e6, within(1e-9));
            assertThat(out.get("utilisation").value().asDouble())
                    .isCloseTo(Math.max(sigma / 355e6, delta / (l / 250)), within(1e-12));
            assertThat(out.get("utilisation").unit()).isNull();
        }
    }

    @Test
    void outputsComeInTheUnitsTheBatchAsksForAndAnIncompatibleOneIsRefused() throws Exception {
        SessionOptions asked = new SessionOptions(Map.of("M_max", "N*m", "delta_max", "in"), CallTimeouts.DEFAULTS);
        try (EngineSession session = engine.open(Examples.beamWorksheet(), asked)) {
            session.setInputs(Map.of("L", CaseValue.of(8, "m"), "w", CaseValue.of(10, "kN/m"),
                    "E", CaseValue.of(200, "GPa"), "I", CaseValue.of(20_000, "cm^4")));
            session.calculate();
            Map<String, CaseValue> out = session.outputs();
            assertThat(out.get("M_max").value().asDouble()).isCloseTo(10e3 * 64 / 8, within(1e-6));
            assertThat(out.get("M_max").unit()).isEqualTo("N*m");
            double delta = 5 * 10e3 * Math.pow(8, 4) / (384 * 200e9 * 20_000e-8);
            assertThat(out.get("delta_max").value().asDouble()).isCloseTo(delta / 0.0254, within(1e-9));
            assertThat(out.get("sigma").unit()).as("outputs not named keep the worksheet's unit").isEqualTo("MPa");
        }
        SessionOptions wrong = new SessionOptions(Map.of("M_max", "m"), CallTimeouts.DEFAULTS);
        try (EngineSession session = engine.open(Examples.beamWorksheet(), wrong)) {
            session.calculate();
            assertThatThrownBy(session::outputs).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.retryable()).isFalse();
                assertThat(e).hasMessageContaining("output M_max").hasMessageContaining("cannot be given in m");
            });
        }
        assertThatThrownBy(() -> engine.open(Examples.beamWorksheet(), new SessionOptions(Map.of("M_max", "furlong_per_blink"), CallTimeouts.DEFAULTS)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());
    }

    @Test
    void inputsACaseDoesNotSetHaveTheWorksheetsValue() throws Exception {
        try (EngineSession session = engine.open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("w", CaseValue.of(24, "kN/m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(108, within(1e-9));
            session.setInputs(Map.of("L", CaseValue.of(3, "m")));
            session.calculate();
            // the worksheet's w = 12 kN/m, not the previous case's 24 kN/m
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(13.5, within(1e-9));
        }
    }

    @Test
    void badInputsFailTheCaseForGood() throws Exception {
        try (EngineSession session = engine.open(Examples.beamWorksheet())) {
            assertThatThrownBy(() -> session.setInputs(Map.of("span", CaseValue.of(1, "m"))))
                    .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("'span' is not a designated input");
            assertThatThrownBy(() -> session.setInputs(Map.of("L", CaseValue.of(1, "furlongs^"))))
                    .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse())
                    .hasMessageContaining("input 'L'");
            session.setInputs(Map.of("L", CaseValue.of(6, "kg")));
            session.calculate();
            assertThatThrownBy(session::outputs).isInstanceOf(EngineException.class);
        }
    }

    @Test
    void admitsAWorksheetItReproducesWithItsDesignatedInputs() {
        Engine.Admission admission = engine.admit(Examples.beamWorksheet());
        assertThat(admission.accepted()).as("refusals: %s", admission.refusals()).isTrue();
        assertThat(admission.inputs()).containsExactlyInAnyOrder("L", "w", "E", "I");
    }

    @Test
    void refusesWorksheetsItCannotReproduceWithTheReasons() throws Exception {
        Path solver = Corpus.dir().resolve("ChristianCruger__mcad2py/references__3d_plots.mcdx");
        Engine.Admission admission = engine.admit(solver);
        assertThat(admission.accepted()).isFalse();
        assertThat(admission.refusals()).anyMatch(r -> r.contains("designates no outputs") || r.contains("output"));
        assertThatThrownBy(() -> engine.open(solver))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());

        Path notAWorksheet = Files.writeString(dir.resolve("notes.mcdx"), "not a zip");
        assertThat(engine.admit(notAWorksheet).refusals()).singleElement().asString().contains("notes.mcdx");
    }
}
