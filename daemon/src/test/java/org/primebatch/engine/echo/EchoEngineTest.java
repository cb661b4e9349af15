package org.primebatch.engine.echo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineContractTest;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.testing.Corpus;

class EchoEngineTest extends EngineContractTest {
    @Override
    protected Engine engine() {
        return new EchoEngine(2);
    }

    @Override
    protected Path worksheet() {
        return Corpus.simpleExample();
    }

    @Override
    protected List<String> realInputs() {
        return List.of("input_1", "b", "c");
    }

    @Override
    protected String realInput() {
        return "input_1";
    }

    @Test
    void outputsAreTheCasesOwnInputs() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            session.setInputs(Map.of("a", CaseValue.of(1, "m"), "b", CaseValue.of("text")));
            session.calculate();
            session.setInputs(Map.of("a", CaseValue.of(2, "m")));
            session.calculate();
            assertThat(session.outputs()).isEqualTo(Map.of("a", CaseValue.of(2, "m")));
        }
    }

    @Test
    void failsOnRequestRetryablyOrForGood() throws Exception {
        try (EngineSession session = engine().open(worksheet())) {
            session.setInputs(Map.of(EchoEngine.FAIL_INPUT, CaseValue.of("retryable")));
            assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isTrue());
            session.setInputs(Map.of(EchoEngine.FAIL_INPUT, CaseValue.of("permanent")));
            assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse());
        }
    }
}
