package org.primebatch.engine.mathcad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.Engine;

/**
 * The Mathcad engine on the fake Prime, for tests outside this package: as Prime computes (the native engine's
 * numbers), or a Prime that computes one case differently, or every case after the first few.
 */
public final class FakeMathcad implements AutoCloseable {
    /** How much a disagreeing Prime's numbers are off: far beyond the 1e-9 of the comparison, a plausible slip. */
    public static final double OFF_BY = 1.001;

    private final FakePrime prime = new FakePrime();
    private final MathcadEngine engine = FakeEngines.on(prime, new RecordedProcesses());

    public Engine engine() {
        return engine;
    }

    /** Cases Prime calculated so far. */
    public int calculations() {
        return prime.calculations.get();
    }

    /** Prime's numbers are off for the case whose input {@code alias} is {@code value}. */
    public FakeMathcad disagreeWhen(String alias, double value) {
        prime.distortion = (n, inputs, outputs) -> {
            CaseValue input = inputs.get(alias);
            return input != null && input.value().isNumber() && input.value().asDouble() == value ? off(outputs) : outputs;
        };
        return this;
    }

    /** Prime's numbers are off for every case after its first {@code cases}. */
    public FakeMathcad disagreeAfter(int cases) {
        prime.distortion = (n, inputs, outputs) -> n > cases ? off(outputs) : outputs;
        return this;
    }

    /** Every number of {@code outputs} times {@link #OFF_BY}. */
    public static Map<String, CaseValue> off(Map<String, CaseValue> outputs) {
        Map<String, CaseValue> off = new LinkedHashMap<>();
        outputs.forEach((alias, value) -> off.put(alias, new CaseValue(off(value.value()), value.unit())));
        return off;
    }

    private static JsonNode off(JsonNode value) {
        if (value.isNumber()) {
            return JsonNodeFactory.instance.numberNode(value.asDouble() * OFF_BY);
        }
        if (value.isArray()) {
            ArrayNode rows = JsonNodeFactory.instance.arrayNode();
            value.forEach(element -> rows.add(off(element)));
            return rows;
        }
        return value;
    }

    @Override
    public void close() {
        prime.shutdown();
    }
}
