package org.primebatch.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.junit.jupiter.api.Test;

class FiniteOutputsTest {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @Test
    void finiteNumbersTextAndMatricesPassUnchanged() throws Exception {
        Map<String, CaseValue> outputs = new LinkedHashMap<>();
        outputs.put("M_max", CaseValue.of(54, "kN*m"));
        outputs.put("label", CaseValue.of("ok"));
        outputs.put("m", new CaseValue(JSON.arrayNode().add(JSON.arrayNode().add(1.0).add(2.0)), null));

        assertThat(FiniteOutputs.require(outputs)).isSameAs(outputs);
    }

    @Test
    void anInfiniteOutputFailsTheCaseForGoodNamingIt() {
        Map<String, CaseValue> outputs = new LinkedHashMap<>();
        outputs.put("sigma", CaseValue.of(235, "MPa"));
        outputs.put("M_max", CaseValue.of(Double.POSITIVE_INFINITY, "kN*m"));

        assertThatThrownBy(() -> FiniteOutputs.require(outputs)).isInstanceOfSatisfying(EngineException.class,
                e -> assertThat(e).hasMessage("M_max is not a finite number").matches(failure -> !failure.retryable()));
    }

    @Test
    void aMatrixElementThatIsNotANumberIsNamedByItsPlace() {
        CaseValue matrix = new CaseValue(JSON.arrayNode()
                .add(JSON.arrayNode().add(1.0).add(2.0))
                .add(JSON.arrayNode().add(3.0).add(Double.NaN)), "m");

        assertThatThrownBy(() -> FiniteOutputs.require(Map.of("u", matrix)))
                .isInstanceOf(EngineException.class).hasMessage("u[1,1] is not a finite number");
    }
}
