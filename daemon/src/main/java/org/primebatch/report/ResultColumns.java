package org.primebatch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.primebatch.api.CaseCrossCheck;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Disagreement;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.Designated;
import org.primebatch.api.ResultCheck;
import org.primebatch.api.ItemView;

/**
 * The input and output columns of a results table, found in a pass over all items: the worksheet's designated inputs
 * and outputs in the worksheet's order, then any other alias an item has, sorted by name. An input a case left blank
 * shows the worksheet's value, the one the case was calculated with.
 */
final class ResultColumns {
    static final List<String> FIXED_BEFORE = List.of("case", "seq", "state", "attempts", "error");
    static final String ARTIFACTS = "artifacts";

    /**
     * A value column.
     *
     * @param unit the unit every value of the column has, named in the header; null when none or when units differ
     */
    record ValueColumn(String alias, boolean output, String header, String unit, CaseValue worksheetValue) {
        /** The value the item was calculated with or gave; for an input the case left blank, the worksheet's. */
        CaseValue valueOf(ItemView item) {
            Map<String, CaseValue> values = output ? item.outputs() : item.inputs();
            CaseValue value = values == null ? null : values.get(alias);
            return value != null || output ? value : worksheetValue;
        }

        /** Whether the value shown for the item is the worksheet's, for an input the case did not give. */
        boolean fromWorksheet(ItemView item) {
            return !output && worksheetValue != null && (item.inputs() == null || !item.inputs().containsKey(alias));
        }
    }

    /** The one unit of a column's values so far, until two differ. */
    private static final class UnitTally {
        private String unit;
        private boolean mixed;

        void add(CaseValue value) {
            if (value == null || mixed) {
                return;
            }
            if (unit == null) {
                unit = value.unit() == null ? "" : value.unit();
            } else if (!unit.equals(Objects.requireNonNullElse(value.unit(), ""))) {
                mixed = true;
            }
        }

        String unit() {
            return mixed || unit == null || unit.isEmpty() ? null : unit;
        }
    }

    private static final Comparator<String> ALIAS_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    static final List<String> CROSS_CHECK = List.of("engine", "cross-check");

    private final List<ValueColumn> values;
    private final int mostArtifacts;
    private final ResultCheck check;
    private boolean crossChecked;

    private ResultColumns(List<ValueColumn> values, int mostArtifacts, ResultCheck check) {
        this.values = values;
        this.mostArtifacts = mostArtifacts;
        this.check = check;
    }

    /**
     * The columns of a batch's results: its designations, its check (a column after the values), for a batch
     * cross-checked with Mathcad Prime the engine of each case and how its engines compared, and its items.
     */
    static ResultColumns of(BatchView batch, Iterable<ItemView> items) {
        BatchSpec spec = batch.spec();
        ResultColumns columns = of(spec == null ? Designated.NONE : spec.designated(), spec == null ? null : spec.resultCheck(), items);
        columns.crossChecked = spec != null && spec.crossChecked();
        return columns;
    }

    static ResultColumns of(Designated designated, Iterable<ItemView> items) {
        return of(designated, null, items);
    }

    static ResultColumns of(Designated designated, ResultCheck check, Iterable<ItemView> items) {
        Map<String, UnitTally> inputs = new LinkedHashMap<>();
        designated.inputs().keySet().forEach(alias -> inputs.put(alias, new UnitTally()));
        Map<String, UnitTally> outputs = new LinkedHashMap<>();
        designated.outputs().forEach(alias -> outputs.put(alias, new UnitTally()));
        Map<String, UnitTally> otherInputs = new TreeMap<>(ALIAS_ORDER);
        Map<String, UnitTally> otherOutputs = new TreeMap<>(ALIAS_ORDER);
        int mostArtifacts = 0;
        for (ItemView item : items) {
            tally(designated.inputsOf(item.inputs()), inputs, otherInputs);
            tally(item.outputs(), outputs, otherOutputs);
            mostArtifacts = Math.max(mostArtifacts, item.artifacts() == null ? 0 : item.artifacts().size());
        }
        inputs.putAll(otherInputs);
        outputs.putAll(otherOutputs);
        List<ValueColumn> columns = new ArrayList<>();
        inputs.forEach((alias, tally) -> columns.add(column(alias, false, tally, Set.of(), designated.inputs().get(alias))));
        outputs.forEach((alias, tally) -> columns.add(column(alias, true, tally, inputs.keySet(), null)));
        return new ResultColumns(columns, mostArtifacts, check);
    }

    private static void tally(Map<String, CaseValue> values, Map<String, UnitTally> designated, Map<String, UnitTally> others) {
        if (values != null) {
            values.forEach((alias, value) -> {
                UnitTally tally = designated.get(alias);
                (tally != null ? tally : others.computeIfAbsent(alias, a -> new UnitTally())).add(value);
            });
        }
    }

    private static ValueColumn column(String alias, boolean output, UnitTally tally, Set<String> inputAliases, CaseValue worksheetValue) {
        String name = alias;
        boolean clashes = FIXED_BEFORE.contains(alias) || ARTIFACTS.equals(alias);
        if (output && (clashes || inputAliases.contains(alias))) {
            name += " (out)";
        } else if (!output && clashes) {
            name += " (in)";
        }
        String unit = tally.unit();
        return new ValueColumn(alias, output, unit == null ? name : name + " [" + unit + "]", unit, worksheetValue);
    }

    List<ValueColumn> values() {
        return values;
    }

    /** The most artifacts any one item has: a workbook gives each its own cell under the artifacts header. */
    int mostArtifacts() {
        return mostArtifacts;
    }

    /** Whether the batch has a check, which then has a column between the values and the artifacts. */
    boolean hasCheck() {
        return check != null;
    }

    /** {@code pass} or {@code fail}, or empty for a case that has no verdict (it did not succeed). */
    String checkOf(ItemView item) {
        return switch (check.verdict(item.state(), item.outputs())) {
            case PASS -> "pass";
            case FAIL -> "fail";
            case NONE -> "";
        };
    }

    /** Whether the batch was cross-checked with Mathcad Prime: then {@link #CROSS_CHECK} come before the artifacts. */
    boolean crossChecked() {
        return crossChecked;
    }

    /** The engine whose outputs the case holds, and for a case run on both engines how they compared. */
    static String[] crossCheckOf(ItemView item) {
        CaseCrossCheck c = item.crossCheck();
        if (c == null) {
            return new String[] {"", ""};
        }
        String compared = c.agreed() == null ? "" : c.agreed() ? "agreed"
                : "disagreed: " + new Disagreement(item.seq(), null, c.output(), c.mathcad(), c.nativeValue(), c.reason())
                        .display().replaceFirst("^case \\d+: ?", "");
        return new String[] {c.engine() == null ? "" : c.engine(), compared};
    }

    /** The index of the first artifacts column. */
    int artifactsColumn() {
        return FIXED_BEFORE.size() + values.size() + (hasCheck() ? 1 : 0) + (crossChecked ? CROSS_CHECK.size() : 0);
    }

    String[] header() {
        List<String> header = new ArrayList<>(FIXED_BEFORE);
        values.forEach(column -> header.add(column.header()));
        if (hasCheck()) {
            header.add("check: " + check.display());
        }
        if (crossChecked) {
            header.addAll(CROSS_CHECK);
        }
        header.add(ARTIFACTS);
        return header.toArray(String[]::new);
    }
}
