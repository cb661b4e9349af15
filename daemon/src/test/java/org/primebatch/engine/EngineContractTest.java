package org.primebatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;

/**
 * What every engine promises, run against each implementation: a session keeps its worksheet open across cases,
 * inputs a case does not set keep their earlier values, exports write where they are told, a missing worksheet or
 * an unknown export format is an error no retry can fix.
 */
public abstract class EngineContractTest {
    @TempDir
    protected Path dir;

    protected abstract Engine engine();

    /** A worksheet this engine can open. */
    protected abstract Path worksheet();

    /** An input alias of {@link #worksheet()} that takes a real number. */
    protected abstract String realInput();

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
