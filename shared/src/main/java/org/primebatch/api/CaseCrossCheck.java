package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one case of a cross-checked batch was calculated.
 *
 * @param engine      the engine its outputs come from (or will): {@code native} or {@code mathcad}, or {@code held}
 *                    while it waits for the verification
 * @param role        {@link CrossCheck#ROLE_VERIFY}, {@link CrossCheck#ROLE_SPOT}, or null for a case run on one engine
 * @param agreed      for a case run on both engines, whether every output agreed; null until compared
 * @param output      the output that differs, or null
 * @param mathcad     Mathcad Prime's value of that output, or null
 * @param nativeValue the native engine's value of that output, or null
 * @param reason      the difference in words, or null
 */
public record CaseCrossCheck(String engine, String role, Boolean agreed, String output, CaseValue mathcad,
        @JsonProperty("native") CaseValue nativeValue, String reason) {
}
