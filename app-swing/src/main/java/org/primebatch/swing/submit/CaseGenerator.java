package org.primebatch.swing.submit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.Column;
import org.primebatch.cases.Combine;
import org.primebatch.cases.Sweep;
import org.primebatch.cases.SweepException;
import org.primebatch.cases.Sweeps;

/**
 * Makes cases from the generator's choices with the shared sweeps: inputs with several values are combined (every
 * combination, or side by side) and name the cases ({@code L=2 m w=10 kN/m}); inputs with one value are set in
 * every case without naming it.
 */
public final class CaseGenerator {
    /** The most cases one generation makes; a grid row per case must stay workable. */
    public static final long MAX_CASES = 100_000;

    private CaseGenerator() {
    }

    /** @throws SweepException naming the choice at fault, or when nothing is chosen or too many cases would come */
    public static CaseTable generate(List<SweepChoice> choices, Combine combine) {
        List<Sweep> varied = new ArrayList<>();
        List<Sweep> fixed = new ArrayList<>();
        for (SweepChoice choice : choices) {
            SweepChoice.Hint hint = choice.hint();
            if (hint != null) {
                throw new SweepException(hint.text());
            }
            if (choice.mode() != SweepChoice.Mode.KEEP) {
                Sweep sweep = choice.sweep();
                (sweep.size() > 1 ? varied : fixed).add(sweep);
            }
        }
        if (varied.isEmpty() && fixed.isEmpty()) {
            throw new SweepException(GeneratorCount.NOTHING_CHOSEN);
        }
        CaseTable table = varied.isEmpty()
                ? new CaseTable(List.of(), List.of(new CaseInput(null, Map.of())))
                : Sweeps.expand(null, varied, combine, MAX_CASES);
        List<Column> columns = new ArrayList<>(table.columns());
        fixed.forEach(sweep -> columns.add(new Column(sweep.alias(), sweep.unit())));
        List<CaseInput> cases = new ArrayList<>(table.cases().size());
        for (CaseInput input : table.cases()) {
            Map<String, CaseValue> values = new HashMap<>(input.inputs());
            fixed.forEach(sweep -> values.put(sweep.alias(), sweep.value(0)));
            cases.add(new CaseInput(input.name(), values));
        }
        return new CaseTable(columns, cases);
    }
}
