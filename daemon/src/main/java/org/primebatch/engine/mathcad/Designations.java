package org.primebatch.engine.mathcad;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The worksheet's designated inputs and outputs by alias, from its {@code Inputs} and {@code Outputs} collections,
 * with each input's value when it was opened (its units are the default for numbers given without one).
 */
record Designations(List<String> inputs, List<String> outputs, Map<String, PrimeValue> inputValues) {
    Designations {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        inputValues = Collections.unmodifiableMap(new LinkedHashMap<>(inputValues));
    }

    String inputUnits(String alias) {
        PrimeValue value = inputValues.get(alias);
        return value == null || value.units() == null ? "" : value.units();
    }
}
