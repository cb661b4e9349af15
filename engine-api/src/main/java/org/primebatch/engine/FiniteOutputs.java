package org.primebatch.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.primebatch.api.CaseValue;

/**
 * A case's numeric outputs must be finite: an output that is infinite or not a number (an overflow, 0/0) fails the
 * case, for good, rather than being reported as a result.
 */
public final class FiniteOutputs {
    private FiniteOutputs() {
    }

    /** {@code outputs} unchanged, or the failure naming the first output that is not finite. */
    public static Map<String, CaseValue> require(Map<String, CaseValue> outputs) throws EngineException {
        for (Map.Entry<String, CaseValue> output : outputs.entrySet()) {
            String where = nonFinite(output.getValue().value(), "");
            if (where != null) {
                throw EngineException.permanent(output.getKey() + where + " is not a finite number");
            }
        }
        return outputs;
    }

    /** Where in {@code value} a number is not finite ({@code ""} for the value itself, {@code "[1,0]"}), or null. */
    private static String nonFinite(JsonNode value, String at) {
        if (value.isNumber()) {
            return Double.isFinite(value.doubleValue()) ? null : at;
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                String inner = nonFinite(value.get(i), at.isEmpty() ? "[" + i + "]" : at.substring(0, at.length() - 1) + "," + i + "]");
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
