package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a cross-check of one case found different between Mathcad Prime and the native engine: an output whose values
 * differ (both given), or an engine that reported an error where the other gave values.
 *
 * @param item        the case's seq
 * @param name        the case's name, or null
 * @param output      the output that differs, or null when the whole case does (an error on one side)
 * @param mathcad     Mathcad Prime's value of that output, or null
 * @param nativeValue the native engine's value, or null
 * @param reason      the difference in words
 */
public record Disagreement(int item, String name, String output, CaseValue mathcad,
        @JsonProperty("native") CaseValue nativeValue, String reason) {

    /** "case 7 (beam-7): output M_max: Mathcad Prime 120 kN·m, native 121 kN·m (…)". */
    public String display() {
        StringBuilder text = new StringBuilder("case ").append(item);
        if (name != null && !name.isBlank()) {
            text.append(" (").append(name).append(')');
        }
        if (output != null) {
            text.append(": output ").append(output).append(": Mathcad Prime ")
                    .append(mathcad == null ? "no value" : mathcad.display())
                    .append(", native ").append(nativeValue == null ? "no value" : nativeValue.display());
        }
        if (reason != null && !reason.isBlank()) {
            text.append(output == null ? ": " : " (").append(reason).append(output == null ? "" : ")");
        }
        return text.toString();
    }
}
