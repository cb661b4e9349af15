package org.primebatch.api;

import java.util.List;

/**
 * Why the stored values a check found different look like stale results: results Mathcad Prime stored for other
 * values of some inputs, saved without recalculating. A check holds this only when the native engine, given those
 * other input values, reproduces every stored value it compares (those it matched and those it did not). Nothing
 * stored is ever changed; the remedy is the user's.
 *
 * @param summary what was found, in plain words
 * @param remedy  what to do about it
 * @param inputs  the input definitions whose other values reproduce the stored results
 * @param regions the regions of the mismatched values this explains
 */
public record StaleResults(String summary, String remedy, List<OlderInput> inputs, List<Integer> regions) {
    public StaleResults {
        inputs = List.copyOf(inputs);
        regions = List.copyOf(regions);
    }

    /**
     * @param region   the definition's region
     * @param name     the variable it defines
     * @param current  its value in the worksheet, as written ({@code 30 in})
     * @param stored   the value that reproduces the stored results, in the same unit ({@code 1 in})
     */
    public record OlderInput(int region, String name, String current, String stored) {
    }
}
