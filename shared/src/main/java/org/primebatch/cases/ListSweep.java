package org.primebatch.cases;

import java.util.List;
import org.primebatch.api.CaseValue;

/** A sweep over listed values. */
record ListSweep(String alias, String unit, List<CaseValue> values) implements Sweep {
    ListSweep {
        values = List.copyOf(values);
    }

    @Override
    public long size() {
        return values.size();
    }

    @Override
    public CaseValue value(long index) {
        return values.get(Math.toIntExact(index));
    }
}
