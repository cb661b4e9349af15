package org.primebatch.api;

import java.util.Map;

/** One case to queue: its name (may be null: then the case is named by its number) and its input values by alias. */
public record CaseInput(String name, Map<String, CaseValue> inputs) {
    public CaseInput {
        inputs = Map.copyOf(inputs);
    }
}
