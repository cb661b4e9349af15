package org.primebatch.swing.submit;

import java.util.ArrayList;
import java.util.List;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.IoValue;
import org.primebatch.api.WorksheetInfo;

/** The designated inputs, then outputs, of a worksheet: alias, kind, current value and unit. */
public final class DesignationsTableModel extends AbstractTableModel {
    private static final String[] COLUMNS = {"", "Alias", "Kind", "Current value", "Unit"};

    private record Row(String role, IoValue value) {
    }

    private final List<Row> rows = new ArrayList<>();

    public void show(WorksheetInfo info) {
        rows.clear();
        if (info != null) {
            info.inputs().forEach(input -> rows.add(new Row("input", input)));
            info.outputs().forEach(output -> rows.add(new Row("output", output)));
        }
        fireTableDataChanged();
    }

    @Override
    public int getRowCount() {
        return rows.size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column];
    }

    @Override
    public Object getValueAt(int row, int column) {
        Row r = rows.get(row);
        IoValue value = r.value();
        return switch (column) {
            case 0 -> r.role();
            case 1 -> value.alias();
            case 2 -> value.kind() == null ? "" : value.kind().word();
            case 3 -> currentValue(value);
            default -> value.unit() == null ? "" : value.unit();
        };
    }

    private static String currentValue(IoValue value) {
        if (value.value() == null || value.value().isNull()) {
            return value.note() == null ? "" : "(" + value.note() + ")";
        }
        return value.value().isNumber() ? CellText.plain(value.value())
                : value.value().isTextual() ? value.value().asText() : value.value().toString();
    }
}
