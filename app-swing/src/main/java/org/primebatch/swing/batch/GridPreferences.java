package org.primebatch.swing.batch;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How a person set up the cases table, remembered between runs: the significant figures numbers are shown to, the
 * fixed columns hidden in every batch ({@code attempts}, {@code duration}…) and, by worksheet, the inputs and outputs
 * hidden in that worksheet's batches ({@code in:L}, {@code out:sigma}).
 */
public record GridPreferences(int significantFigures, Set<String> hidden, Map<String, Set<String>> hiddenByWorksheet) {
    public static final int MIN_FIGURES = 2;
    public static final int MAX_FIGURES = 8;
    public static final int DEFAULT_FIGURES = 4;
    public static final GridPreferences DEFAULTS = new GridPreferences(DEFAULT_FIGURES, Set.of(), Map.of());

    public GridPreferences {
        significantFigures = significantFigures < MIN_FIGURES || significantFigures > MAX_FIGURES
                ? DEFAULT_FIGURES : significantFigures;
        hidden = hidden == null ? Set.of() : Set.copyOf(hidden);
        Map<String, Set<String>> copy = new HashMap<>();
        if (hiddenByWorksheet != null) {
            hiddenByWorksheet.forEach((worksheet, keys) -> {
                if (worksheet != null && keys != null && !keys.isEmpty()) {
                    copy.put(worksheet, Set.copyOf(keys));
                }
            });
        }
        hiddenByWorksheet = Map.copyOf(copy);
    }

    public GridPreferences withSignificantFigures(int figures) {
        return new GridPreferences(figures, hidden, hiddenByWorksheet);
    }

    /** The keys of the columns hidden in a batch of {@code worksheet}. */
    public Set<String> hiddenIn(String worksheet) {
        Set<String> keys = new HashSet<>(hidden);
        if (worksheet != null) {
            keys.addAll(hiddenByWorksheet.getOrDefault(worksheet, Set.of()));
        }
        return Set.copyOf(keys);
    }

    /**
     * These preferences with exactly {@code keys} hidden in a batch of {@code worksheet}: the fixed columns among them
     * in every batch, the inputs and outputs in that worksheet's batches.
     */
    public GridPreferences withHidden(String worksheet, Set<String> keys) {
        Set<String> fixed = new HashSet<>();
        Set<String> values = new HashSet<>();
        for (String key : keys) {
            (isValueKey(key) ? values : fixed).add(key);
        }
        Map<String, Set<String>> byWorksheet = new HashMap<>(hiddenByWorksheet);
        if (worksheet != null) {
            byWorksheet.put(worksheet, values);
        }
        return new GridPreferences(significantFigures, fixed, byWorksheet);
    }

    static boolean isValueKey(String key) {
        return key.startsWith("in:") || key.startsWith("out:");
    }
}
