package org.primebatch.swing.submit;

import java.util.List;
import org.primebatch.api.CaseInput;

/**
 * The cases the grid holds, in order, and for each the grid row it came from: blank rows are not cases, so case
 * {@code n} (numbered from 1, as the daemon numbers them) is row {@code rows.get(n - 1)}.
 */
public record CaseRows(List<CaseInput> cases, List<Integer> rows) {
    public CaseRows {
        cases = List.copyOf(cases);
        rows = List.copyOf(rows);
    }

    /** The grid row of case {@code number} (from 1), or -1 when there is no such case. */
    public int rowOfCase(int number) {
        return number >= 1 && number <= rows.size() ? rows.get(number - 1) : -1;
    }
}
