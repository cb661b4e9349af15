package org.primebatch.swing.submit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.swing.table.AbstractTableModel;
import javax.swing.table.TableModel;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.InputSyntax;
import org.primebatch.cases.Column;

/**
 * The cases grid: a {@code case} name column, then one column per designated input, each with a unit. Cells hold
 * the text the user typed or pasted; {@link #caseRows()} turns the rows into cases. Problems the daemon reported are
 * kept per cell until the cell is edited. Touched only on the event dispatch thread.
 */
public final class CasesGridModel extends AbstractTableModel {
    public static final String CASE_COLUMN = "case";
    public static final int CASE = 0;

    private List<InputColumn> inputs = List.of();
    private final List<String> units = new ArrayList<>();
    private final List<String[]> rows = new ArrayList<>();
    private final Map<GridCell, String> problems = new LinkedHashMap<>();
    private final UnitsModel unitsModel = new UnitsModel();
    private final boolean decimalComma;

    /** A grid that reads numbers as people write them where the client runs. */
    public CasesGridModel() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    /** A grid that reads numbers as people write them in {@code locale}: {@code 8,5} too where it writes a decimal comma. */
    public CasesGridModel(Locale locale) {
        this.decimalComma = InputSyntax.decimalComma(locale);
    }

    /** Changes the input columns, keeping each row's cells and each column's unit by alias. */
    public void setInputs(List<InputColumn> next) {
        Map<String, Integer> oldIndex = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            oldIndex.put(inputs.get(i).alias(), i);
        }
        List<String> nextUnits = new ArrayList<>();
        for (InputColumn input : next) {
            Integer old = oldIndex.get(input.alias());
            nextUnits.add(old != null ? units.get(old) : orEmpty(input.worksheetUnit()));
        }
        for (int r = 0; r < rows.size(); r++) {
            String[] old = rows.get(r);
            String[] row = emptyRow(next.size());
            row[CASE] = old[CASE];
            for (int i = 0; i < next.size(); i++) {
                Integer from = oldIndex.get(next.get(i).alias());
                if (from != null) {
                    row[i + 1] = old[from + 1];
                }
            }
            rows.set(r, row);
        }
        inputs = List.copyOf(next);
        units.clear();
        units.addAll(nextUnits);
        problems.clear();
        fireTableStructureChanged();
        unitsModel.fireTableStructureChanged();
    }

    public List<InputColumn> inputs() {
        return inputs;
    }

    /** The unit of input {@code index}, empty for none. */
    public String unit(int index) {
        return units.get(index);
    }

    public void setUnit(int index, String unit) {
        units.set(index, orEmpty(unit).strip());
        unitsModel.fireTableCellUpdated(0, index + 1);
    }

    /** The one-row model of the units, with the same columns as this model, for the row under the header. */
    public TableModel unitsModel() {
        return unitsModel;
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return inputs.size() + 1;
    }

    @Override
    public String getColumnName(int column) {
        return column == CASE ? CASE_COLUMN : inputs.get(column - 1).alias();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return String.class;
    }

    @Override
    public boolean isCellEditable(int row, int column) {
        return true;
    }

    @Override
    public Object getValueAt(int row, int column) {
        return rows.get(row)[column];
    }

    @Override
    public void setValueAt(Object value, int row, int column) {
        rows.get(row)[column] = value == null ? "" : value.toString();
        problems.remove(new GridCell(row, column));
        fireTableCellUpdated(row, column);
    }

    /** Adds an empty row at the end and returns its index. */
    public int addRow() {
        rows.add(emptyRow(inputs.size()));
        fireTableRowsInserted(rows.size() - 1, rows.size() - 1);
        return rows.size() - 1;
    }

    /** Removes the given rows (model indexes, in any order). */
    public void removeRows(int[] indexes) {
        int[] sorted = indexes.clone();
        Arrays.sort(sorted);
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] >= 0 && sorted[i] < rows.size()) {
                rows.remove(sorted[i]);
            }
        }
        problems.clear();
        fireTableDataChanged();
    }

    /** Removes every row. */
    public void clearRows() {
        rows.clear();
        problems.clear();
        fireTableDataChanged();
    }

    public boolean isBlankRow(int row) {
        return Arrays.stream(rows.get(row)).allMatch(String::isBlank);
    }

    /** True when no row holds anything. */
    public boolean isBlank() {
        for (int r = 0; r < rows.size(); r++) {
            if (!isBlankRow(r)) {
                return false;
            }
        }
        return true;
    }

    /** The row after the last one that holds anything: where new cases go. */
    public int firstFreeRow() {
        int row = rows.size();
        while (row > 0 && isBlankRow(row - 1)) {
            row--;
        }
        return row;
    }

    /**
     * Pastes spreadsheet cells with their top left at {@code row}, {@code column}, adding rows as needed; columns
     * past the grid's last one are left out. A first line that names aliases (with units in brackets or not)
     * and holds no number is a header: each pasted column then goes to the column of its name, wherever the paste
     * started, and the units it names become the columns' units.
     */
    public PasteResult paste(List<List<String>> cells, int row, int column) {
        if (cells.isEmpty()) {
            return new PasteResult(row, 0, false, List.of());
        }
        List<String> ignored = new ArrayList<>();
        int[] target;
        List<List<String>> data = cells;
        Map<Integer, String> headerUnits = header(cells.get(0));
        boolean header = headerUnits != null;
        if (header) {
            List<String> names = cells.get(0);
            target = new int[names.size()];
            for (int j = 0; j < names.size(); j++) {
                target[j] = names.get(j).isBlank() ? -1 : columnOf(nameAndUnit(names.get(j))[0]);
            }
            headerUnits.forEach((index, unit) -> setUnit(index - 1, unit));
            data = cells.subList(1, cells.size());
        } else {
            int width = cells.stream().mapToInt(List::size).max().orElse(0);
            target = new int[width];
            for (int j = 0; j < width; j++) {
                int to = column + j;
                target[j] = to < getColumnCount() ? to : -1;
                if (target[j] < 0) {
                    ignored.add("pasted column " + (j + 1));
                }
            }
        }
        if (header) {
            List<String> names = cells.get(0);
            for (int j = 0; j < names.size(); j++) {
                if (target[j] < 0 && !names.get(j).isBlank()) {
                    ignored.add(names.get(j).strip());
                }
            }
        }
        while (rows.size() < row + data.size()) {
            rows.add(emptyRow(inputs.size()));
        }
        for (int i = 0; i < data.size(); i++) {
            List<String> line = data.get(i);
            for (int j = 0; j < line.size() && j < target.length; j++) {
                if (target[j] >= 0) {
                    rows.get(row + i)[target[j]] = line.get(j).strip();
                    problems.remove(new GridCell(row + i, target[j]));
                }
            }
        }
        fireTableDataChanged();
        return new PasteResult(row, data.size(), header, ignored);
    }

    /**
     * Puts cases into the grid, replacing its rows or after the last row that holds anything. Columns of the grid
     * take the cases' units when it is replaced; otherwise a value in a unit other than its column's carries its own.
     *
     * @return the aliases of the given columns that are not inputs of the grid
     */
    public List<String> putCases(List<Column> columns, List<CaseInput> cases, boolean replace) {
        List<String> ignored = new ArrayList<>();
        for (Column column : columns) {
            int index = columnOf(column.alias());
            if (index < 0) {
                ignored.add(column.alias());
            } else if (replace && column.unit() != null) {
                units.set(index - 1, column.unit());
            }
        }
        if (replace) {
            rows.clear();
        } else {
            rows.subList(firstFreeRow(), rows.size()).clear();
        }
        problems.clear();
        for (CaseInput input : cases) {
            String[] row = emptyRow(inputs.size());
            row[CASE] = input.name() == null ? "" : input.name();
            input.inputs().forEach((alias, value) -> {
                int index = columnOf(alias);
                if (index > 0) {
                    row[index] = CellText.text(value, blankToNull(units.get(index - 1)));
                }
            });
            rows.add(row);
        }
        fireTableDataChanged();
        unitsModel.fireTableRowsUpdated(0, 0);
        return ignored;
    }

    /** The rows that hold anything, as cases: blank cells keep the worksheet's value. */
    public CaseRows caseRows() {
        return caseRows(Integer.MAX_VALUE);
    }

    /** The first {@code limit} cases, as {@link #caseRows()}. */
    public CaseRows caseRows(int limit) {
        List<CaseInput> cases = new ArrayList<>();
        List<Integer> rowIndexes = new ArrayList<>();
        for (int r = 0; r < rows.size() && cases.size() < limit; r++) {
            if (isBlankRow(r)) {
                continue;
            }
            String[] row = rows.get(r);
            Map<String, CaseValue> values = new LinkedHashMap<>();
            for (int i = 0; i < inputs.size(); i++) {
                String text = row[i + 1];
                if (!text.isBlank()) {
                    InputColumn input = inputs.get(i);
                    values.put(input.alias(), CellText.value(text, units.get(i), input.kind(), decimalComma));
                }
            }
            String name = row[CASE].strip();
            cases.add(new CaseInput(name.isEmpty() ? null : name, values));
            rowIndexes.add(r);
        }
        return new CaseRows(cases, rowIndexes);
    }

    /** Marks cells with the daemon's problems, replacing the marks there were. */
    public void setProblems(Map<GridCell, String> cellProblems) {
        problems.clear();
        problems.putAll(cellProblems);
        fireTableDataChanged();
    }

    /** The problem reported for a cell, or null. */
    public String problem(int row, int column) {
        return problems.get(new GridCell(row, column));
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The problems still on cells, in the order they were reported, as lines: {@code Row 2, L: message}. */
    public List<String> problemLines() {
        List<String> lines = new ArrayList<>();
        problems.forEach((cell, message) -> lines.add("Row " + (cell.row() + 1) + ", " + getColumnName(cell.column()) + ": " + message));
        return lines;
    }

    /** The model column of {@code case} or an alias (exactly, or ignoring case when that is unambiguous), or -1. */
    public int columnOf(String name) {
        String wanted = name.strip();
        if (wanted.equalsIgnoreCase(CASE_COLUMN)) {
            return CASE;
        }
        int loose = -1;
        for (int i = 0; i < inputs.size(); i++) {
            String alias = inputs.get(i).alias();
            if (alias.equals(wanted)) {
                return i + 1;
            }
            if (alias.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT))) {
                loose = loose == -1 ? i + 1 : -2;
            }
        }
        return Math.max(loose, -1);
    }

    /**
     * The units a header line names by model column, or null when the line is not a header: at least one cell must
     * name an alias and none may be a number (other names are columns the grid has no place for).
     */
    private Map<Integer, String> header(List<String> line) {
        Map<Integer, String> headerUnits = new HashMap<>();
        boolean anAlias = false;
        for (String cell : line) {
            if (cell.isBlank()) {
                continue;
            }
            if (InputSyntax.isNumber(cell.strip(), true) || InputSyntax.numberWithUnit(cell, true) != null) {
                return null;
            }
            String[] parts = nameAndUnit(cell);
            int index = columnOf(parts[0]);
            if (index > CASE) {
                anAlias = true;
                if (parts[1] != null) {
                    headerUnits.put(index, parts[1]);
                }
            }
        }
        return anAlias ? headerUnits : null;
    }

    /** {@code L [m]} or {@code L (m)} as name and unit; the unit is null when there is none. */
    static String[] nameAndUnit(String cell) {
        InputSyntax.Heading heading = InputSyntax.heading(cell);
        return new String[] {heading.alias(), heading.unit()};
    }

    private static String[] emptyRow(int inputCount) {
        String[] row = new String[inputCount + 1];
        Arrays.fill(row, "");
        return row;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The units as one editable row; its case column only labels the row. */
    private final class UnitsModel extends AbstractTableModel {
        @Override
        public int getRowCount() {
            return 1;
        }

        @Override
        public int getColumnCount() {
            return CasesGridModel.this.getColumnCount();
        }

        @Override
        public String getColumnName(int column) {
            return CasesGridModel.this.getColumnName(column);
        }

        @Override
        public boolean isCellEditable(int row, int column) {
            return column > CASE;
        }

        @Override
        public Object getValueAt(int row, int column) {
            return column == CASE ? "unit" : units.get(column - 1);
        }

        @Override
        public void setValueAt(Object value, int row, int column) {
            if (column > CASE) {
                setUnit(column - 1, value == null ? "" : value.toString());
            }
        }
    }
}
