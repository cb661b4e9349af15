package org.primebatch.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.primebatch.api.CaseValue;

/**
 * How a case run on both engines compared: every output agreed, or the first difference with both values.
 *
 * @param output      the output that differs, or null (agreed, or an error on one side)
 * @param mathcad     Mathcad Prime's value of that output, or null
 * @param nativeValue the native engine's value, or null
 * @param reason      the difference in words, or null when they agreed
 */
public record CrossCheckVerdict(boolean agreed, String output, CaseValue mathcad,
        @JsonProperty("native") CaseValue nativeValue, String reason) {
    public static final CrossCheckVerdict AGREED = new CrossCheckVerdict(true, null, null, null, null);

    public static CrossCheckVerdict disagreed(String output, CaseValue mathcad, CaseValue nativeValue, String reason) {
        return new CrossCheckVerdict(false, output, mathcad, nativeValue, reason);
    }
}
