package org.primebatch.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;

/**
 * Turns the cells of one workbook sheet, fed row by row in sheet order, into a case table under the rules of CSV
 * files: the first non-empty row is the header, empty rows are skipped, every problem is collected. Rows and columns
 * are numbered as Excel shows them (row 1, column A); a cell's problem names the column by its header.
 */
final class SheetCaseCollector {
    private static final String BOOLEAN = "is a logical value (TRUE or FALSE) and worksheets have none; enter 1 or 0";

    private final int maxCases;
    private final Problems problems = new Problems();
    private final List<CaseInput> cases = new ArrayList<>();
    private final CellValues values = new CellValues(false);
    private final SortedMap<Integer, SheetCell> row = new TreeMap<>();
    private Header header;
    private int rowNumber;
    private int caseCount;
    private boolean full;

    SheetCaseCollector(int maxCases) {
        this.maxCases = maxCases;
    }

    /**
     * @param rowNumber 1-based, never decreasing
     * @param column    0-based (A is 0)
     */
    void cell(int rowNumber, int column, SheetCell cell) {
        if (rowNumber != this.rowNumber) {
            endRow();
            this.rowNumber = rowNumber;
        }
        if (!(cell instanceof SheetCell.Text text && text.text().isBlank())) {
            row.put(column, cell);
        }
    }

    /** A problem the reader found in a cell it could not turn into a {@link SheetCell}. */
    void problem(int rowNumber, int column, String message) {
        problems.add(rowNumber, columnName(column), message);
    }

    /** True once the sheet has more rows than cases allowed: the reader should stop. */
    boolean full() {
        return full;
    }

    /** @throws CaseFileException naming {@code source} when the sheet is not a usable case table */
    CaseTable finish(String source) {
        endRow();
        if (header == null && !problems.any()) {
            problems.add(1, null, "no header row (the sheet is empty)");
        }
        if (problems.any()) {
            throw problems.exception(source);
        }
        return new CaseTable(header.columns(), cases);
    }

    private void endRow() {
        if (row.isEmpty() || full) {
            row.clear();
            return;
        }
        if (header == null) {
            readHeader();
        } else if (++caseCount > maxCases) {
            problems.add(rowNumber, null, "more than " + maxCases + " cases; split the table");
            full = true;
        } else {
            readCase();
        }
        row.clear();
    }

    private void readHeader() {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column <= row.lastKey(); column++) {
            SheetCell cell = row.get(column);
            texts.add(cell == null ? "" : cell.text());
        }
        header = Header.parse(texts, rowNumber, problems, CellReference::convertNumToColString);
    }

    private void readCase() {
        String name = null;
        Map<String, CaseValue> inputs = new HashMap<>();
        for (Map.Entry<Integer, SheetCell> entry : row.entrySet()) {
            int index = entry.getKey();
            SheetCell cell = entry.getValue();
            if (index >= header.width()) {
                problems.add(rowNumber, letter(index), "value in a column without a header");
            } else if (index == header.caseIndex()) {
                name = caseName(cell);
            } else if (header.column(index) != null) {
                CaseValue value = value(cell, header.column(index));
                if (value != null) {
                    inputs.put(header.column(index).alias(), value);
                }
            }
        }
        if (!problems.any()) {
            cases.add(new CaseInput(name, inputs));
        }
    }

    private String caseName(SheetCell cell) {
        if (cell instanceof SheetCell.Error error) {
            problems.add(rowNumber, Header.CASE_COLUMN, "error value " + error.code());
            return null;
        }
        return cell.text().strip();
    }

    /** The cell's value, or null after reporting its problem. */
    private CaseValue value(SheetCell cell, Column column) {
        try {
            if (cell instanceof SheetCell.Number number) {
                return values.number(number.value(), column);
            }
            if (cell instanceof SheetCell.Text text) {
                return values.parseText(text.text(), column);
            }
            if (cell instanceof SheetCell.Bool bool) {
                throw new IllegalArgumentException(bool.text() + " " + BOOLEAN);
            }
            throw new IllegalArgumentException("error value " + cell.text());
        } catch (IllegalArgumentException e) {
            problems.add(rowNumber, column.alias(), e.getMessage());
            return null;
        }
    }

    private String columnName(int index) {
        if (header == null || index >= header.width()) {
            return letter(index);
        }
        if (index == header.caseIndex()) {
            return Header.CASE_COLUMN;
        }
        Column column = header.column(index);
        return column == null ? letter(index) : column.alias();
    }

    private static String letter(int index) {
        return CellReference.convertNumToColString(index);
    }
}
