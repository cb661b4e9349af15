package org.primebatch.cases;

import java.util.List;
import org.primebatch.api.CaseInput;

/** A case table as read from a file: its input columns in file order and one case per data row. */
public record CaseTable(List<Column> columns, List<CaseInput> cases) {
    public CaseTable {
        columns = List.copyOf(columns);
        cases = List.copyOf(cases);
    }
}
