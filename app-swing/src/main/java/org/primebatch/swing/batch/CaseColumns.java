package org.primebatch.swing.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemView;
import org.primebatch.swing.batch.CaseColumn.Kind;

/**
 * The columns of a batch's cases table. The inputs and outputs are learnt from the cases loaded so far, each with the
 * unit of the first value seen, since a batch does not list them: outputs appear once a case has some.
 */
final class CaseColumns {
    private final Map<String, String> inputs = new LinkedHashMap<>();
    private final Map<String, String> outputs = new LinkedHashMap<>();
    private List<CaseColumn> columns = build();

    /** Learns the inputs and outputs of {@code items}; true when a column was added. */
    boolean learn(List<ItemView> items) {
        boolean added = false;
        for (ItemView item : items) {
            added |= learn(inputs, item.inputs());
            added |= learn(outputs, item.outputs());
        }
        if (added) {
            columns = build();
        }
        return added;
    }

    private static boolean learn(Map<String, String> known, Map<String, CaseValue> values) {
        if (values == null) {
            return false;
        }
        boolean added = false;
        for (var entry : values.entrySet()) {
            if (!known.containsKey(entry.getKey())) {
                known.put(entry.getKey(), entry.getValue() == null ? null : entry.getValue().unit());
                added = true;
            }
        }
        return added;
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
        List<CaseColumn> list = new ArrayList<>();
        list.add(CaseColumn.fixed(Kind.CASE, "Case"));
        list.add(CaseColumn.fixed(Kind.STATE, "State"));
        list.add(CaseColumn.fixed(Kind.ATTEMPTS, "Attempts"));
        // reserved inputs (the echo engine's _delay_ms, _fail…) after the worksheet's own
        inputs.forEach((alias, unit) -> {
            if (!alias.startsWith("_")) {
                list.add(CaseColumn.value(Kind.INPUT, alias, unit, title(alias, unit, false)));
            }
        });
        inputs.forEach((alias, unit) -> {
            if (alias.startsWith("_")) {
                list.add(CaseColumn.value(Kind.INPUT, alias, unit, title(alias, unit, false)));
            }
        });
        outputs.forEach((alias, unit) -> list.add(CaseColumn.value(Kind.OUTPUT, alias, unit,
                title(alias, unit, inputs.containsKey(alias)))));
        list.add(CaseColumn.fixed(Kind.ERROR, "Error"));
        list.add(CaseColumn.fixed(Kind.DURATION, "Duration"));
        list.add(CaseColumn.fixed(Kind.ARTIFACTS, "Artifacts"));
        return List.copyOf(list);
    }

    /** "M_max [kN*m]"; an output named like an input is marked "(out)". */
    private static String title(String alias, String unit, boolean outputOfInputName) {
        String title = unit == null ? alias : alias + " [" + unit + "]";
        return outputOfInputName ? title + " (out)" : title;
    }
}
