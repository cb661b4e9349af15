package org.primebatch.swing.batch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Designated;
import org.primebatch.api.ItemView;
import org.primebatch.swing.batch.CaseColumn.Kind;

/**
 * The columns of a batch's cases table, a results grid: the case's number, name and state, then the outputs, the
 * check, the inputs, and what else is known of a case. Inputs and outputs come in the worksheet's order (the
 * designations the batch recorded, as the results files have them), then those only the cases name, sorted by name,
 * the reserved inputs ({@code _delay_ms}…) last. Each value column's unit is that of the first value a case gives, else
 * the worksheet's; a value in another unit carries its own.
 */
final class CaseColumns {
    private static final Comparator<String> ALIAS_ORDER =
            String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder());

    /** A value column's unit, and whether a case has given it yet (the worksheet's only stands in until then). */
    private static final class Unit {
        String unit;
        boolean fromCase;

        Unit(String unit, boolean fromCase) {
            this.unit = unit;
            this.fromCase = fromCase;
        }
    }

    private final Map<String, Unit> inputs = new LinkedHashMap<>();
    private final Map<String, Unit> outputs = new LinkedHashMap<>();
    private final Map<String, Unit> otherInputs = new TreeMap<>(ALIAS_ORDER);
    private final Map<String, Unit> otherOutputs = new TreeMap<>(ALIAS_ORDER);
    private final boolean check;
    private List<CaseColumn> columns;

    /** The columns of no batch: the fixed ones. */
    CaseColumns() {
        this(null);
    }

    /** The columns {@code batch} has before any of its cases is seen: its designated inputs and outputs, its check. */
    CaseColumns(BatchView batch) {
        Designated designated = batch == null || batch.spec() == null ? Designated.NONE : batch.spec().designated();
        designated.inputs().forEach((alias, value) -> inputs.put(alias, new Unit(value == null ? null : value.unit(), false)));
        designated.outputs().forEach(alias -> outputs.put(alias, new Unit(null, false)));
        check = CaseColumn.Context.of(batch).check() != null;
        columns = build();
    }

    /** Learns the inputs and outputs of {@code items} and their units; true when the columns changed. */
    boolean learn(List<ItemView> items) {
        boolean changed = false;
        for (ItemView item : items) {
            changed |= learn(inputs, otherInputs, item.inputs());
            changed |= learn(outputs, otherOutputs, item.outputs());
        }
        if (changed) {
            columns = build();
        }
        return changed;
    }

    private static boolean learn(Map<String, Unit> designated, Map<String, Unit> others, Map<String, CaseValue> values) {
        if (values == null) {
            return false;
        }
        boolean changed = false;
        for (var entry : values.entrySet()) {
            String unit = entry.getValue() == null ? null : entry.getValue().unit();
            Unit known = designated.containsKey(entry.getKey()) ? designated.get(entry.getKey()) : others.get(entry.getKey());
            if (known == null) {
                others.put(entry.getKey(), new Unit(unit, true));
                changed = true;
            } else if (!known.fromCase) {
                changed |= !java.util.Objects.equals(known.unit, unit);
                known.unit = unit;
                known.fromCase = true;
            }
        }
        return changed;
    }

    List<CaseColumn> all() {
        return columns;
    }

    CaseColumn get(int index) {
        return columns.get(index);
    }

    int size() {
        return columns.size();
    }

    private List<CaseColumn> build() {
        Map<String, Unit> allInputs = new LinkedHashMap<>(inputs);
        otherInputs.forEach((alias, unit) -> {
            if (!alias.startsWith("_")) {
                allInputs.put(alias, unit);
            }
        });
        otherInputs.forEach((alias, unit) -> {
            if (alias.startsWith("_")) {
                allInputs.put(alias, unit);
            }
        });
        Map<String, Unit> allOutputs = new LinkedHashMap<>(outputs);
        allOutputs.putAll(otherOutputs);

        List<CaseColumn> list = new ArrayList<>();
        list.add(CaseColumn.fixed(Kind.SEQ, "#"));
        list.add(CaseColumn.fixed(Kind.CASE, "Case"));
        list.add(CaseColumn.fixed(Kind.STATE, "State"));
        allOutputs.forEach((alias, unit) -> list.add(CaseColumn.value(Kind.OUTPUT, alias, unit.unit,
                title(alias, unit.unit, allInputs.containsKey(alias)))));
        if (check) {
            list.add(CaseColumn.fixed(Kind.CHECK, "Check"));
        }
        allInputs.forEach((alias, unit) -> list.add(CaseColumn.value(Kind.INPUT, alias, unit.unit,
                title(alias, unit.unit, false))));
        list.add(CaseColumn.fixed(Kind.ERROR, "Error"));
        list.add(CaseColumn.fixed(Kind.DURATION, "Duration"));
        list.add(CaseColumn.fixed(Kind.ATTEMPTS, "Attempts"));
        list.add(CaseColumn.fixed(Kind.ARTIFACTS, "Artifacts"));
        return List.copyOf(list);
    }

    /** "M_max [kN*m]", as the results files head it; an output named like an input is marked "(out)". */
    private static String title(String alias, String unit, boolean outputOfInputName) {
        String title = unit == null ? alias : alias + " [" + unit + "]";
        return outputOfInputName ? title + " (out)" : title;
    }
}
