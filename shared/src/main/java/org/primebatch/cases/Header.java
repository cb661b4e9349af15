package org.primebatch.cases;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import org.primebatch.api.InputSyntax;

/**
 * The header row of a case table: per cell either the case-name column or an input column ({@code alias},
 * {@code alias [unit]} or {@code alias (unit)}).
 */
final class Header {
    static final String CASE_COLUMN = "case";
    static final String NOT_AN_ALIAS = "not a valid alias (" + InputSyntax.ALIAS_RULE + ")";

    /** Per cell of the header: its column, or null for the case column and for cells that are problems. */
    private final Column[] cells;
    private final int caseIndex;

    private Header(Column[] cells, int caseIndex) {
        this.cells = cells;
        this.caseIndex = caseIndex;
    }

    static Header parse(List<String> raw, int row, Problems problems) {
        return parse(raw, row, problems, index -> String.valueOf(index + 1));
    }

    /** @param columnName names the column of a cell by its index, as the user sees it (3 in CSV, C in a workbook) */
    static Header parse(List<String> raw, int row, Problems problems, IntFunction<String> columnName) {
        Column[] cells = new Column[raw.size()];
        int caseIndex = -1;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String text = raw.get(i).strip();
            if (text.isEmpty()) {
                problems.add(row, null, "empty header cell in column " + columnName.apply(i));
                continue;
            }
            if (text.toLowerCase(Locale.ROOT).equals(CASE_COLUMN)) {
                if (caseIndex >= 0) {
                    problems.add(row, text, "more than one case column");
                }
                caseIndex = i;
                continue;
            }
            Column column = column(text);
            if (!isAlias(column.alias())) {
                problems.add(row, text, NOT_AN_ALIAS);
            } else if (!seen.add(column.alias())) {
                problems.add(row, column.alias(), "duplicate alias");
            } else {
                cells[i] = column;
            }
        }
        return new Header(cells, caseIndex);
    }

    static boolean isAlias(String text) {
        return InputSyntax.isAlias(text);
    }

    private static Column column(String text) {
        InputSyntax.Heading heading = InputSyntax.heading(text);
        return new Column(heading.alias(), heading.unit());
    }

    int width() {
        return cells.length;
    }

    int caseIndex() {
        return caseIndex;
    }

    /** The input column of cell {@code index}, or null when that cell is the case column or was a problem. */
    Column column(int index) {
        return cells[index];
    }

    List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (Column cell : cells) {
            if (cell != null) {
                columns.add(cell);
            }
        }
        return columns;
    }
}
