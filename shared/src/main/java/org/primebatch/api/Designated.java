package org.primebatch.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A batch worksheet's designated inputs with the values the worksheet gives them, and its designated outputs, both
 * in the worksheet's order, as read when the batch was submitted. A case that leaves an input blank is calculated
 * with the value recorded here. Empty when the engine does not know the worksheet's designations.
 */
public record Designated(Map<String, CaseValue> inputs, List<String> outputs) {
    public static final Designated NONE = new Designated(Map.of(), List.of());

    public Designated {
        inputs = inputs == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
    }

    /** The inputs a case was calculated with: the worksheet's values, replaced by those the case gives. */
    public Map<String, CaseValue> inputsOf(Map<String, CaseValue> caseInputs) {
        if (inputs.isEmpty()) {
            return caseInputs;
        }
        Map<String, CaseValue> used = new LinkedHashMap<>(inputs);
        if (caseInputs != null) {
            used.putAll(caseInputs);
        }
        return used;
    }
}
