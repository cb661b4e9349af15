package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Definitions a batch designates by their variable name, on top of those the worksheet designates itself: inputs
 * (the definitions a case sets) and outputs (the evaluations a case reads). A subscript is written with '_'
 * ({@code W_P}); each name becomes the alias of what it designates. In the protocol:
 * {@code "designate": {"inputs": ["W_P"], "outputs": ["M_max"]}}.
 */
public record DesignationNames(List<String> inputs, List<String> outputs) {
    public static final DesignationNames NONE = new DesignationNames(List.of(), List.of());

    public DesignationNames {
        inputs = cleaned(inputs);
        outputs = cleaned(outputs);
    }

    public static DesignationNames of(List<String> inputs, List<String> outputs) {
        return new DesignationNames(inputs, outputs);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return inputs.isEmpty() && outputs.isEmpty();
    }

    /** The names as a person reads them: {@code inputs f_cd, ϕ; outputs c_eff}. */
    public String display() {
        List<String> parts = new ArrayList<>();
        if (!inputs.isEmpty()) {
            parts.add("inputs " + String.join(", ", inputs));
        }
        if (!outputs.isEmpty()) {
            parts.add("outputs " + String.join(", ", outputs));
        }
        return String.join("; ", parts);
    }

    /**
     * Why these names cannot be designated whatever the worksheet holds (not a name, or named as input and output),
     * or an empty list.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (String name : inputs) {
            if (!InputSyntax.isAlias(name)) {
                problems.add("input '" + name + "' is not a variable name (" + InputSyntax.ALIAS_RULE + ")");
            }
        }
        for (String name : outputs) {
            if (!InputSyntax.isAlias(name)) {
                problems.add("output '" + name + "' is not a variable name (" + InputSyntax.ALIAS_RULE + ")");
            } else if (inputs.contains(name)) {
                problems.add("'" + name + "' is named both as an input and as an output");
            }
        }
        return problems;
    }

    /** For Jackson: a spec that designates nothing by name leaves the field out. */
    public static final class Nothing {
        @Override
        public boolean equals(Object value) {
            return value == null || value instanceof DesignationNames names && names.isEmpty();
        }

        @Override
        public int hashCode() {
            return 0;
        }
    }

    /** Names stripped, blanks and repeats dropped, in the order given. */
    private static List<String> cleaned(List<String> names) {
        if (names == null) {
            return List.of();
        }
        LinkedHashSet<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            if (name != null && !name.isBlank()) {
                kept.add(name.strip());
            }
        }
        return List.copyOf(kept);
    }
}
