package org.primebatch.swing.submit;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated text as spreadsheets put it on the clipboard: rows end with a line break (the last one may not),
 * cells are separated by tabs, and a cell holding a tab, a line break or a quote comes in double quotes with its
 * quotes doubled.
 */
public final class TabularText {
    private TabularText() {
    }

    /** The rows of {@code text}, each a list of cells; no rows for blank text. */
    public static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return rows;
        }
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
                continue;
            }
            if (c == '"' && cellStart) {
                quoted = true;
                cellStart = false;
            } else if (c == '\t') {
                row.add(cell.toString());
                cell.setLength(0);
                cellStart = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
                cellStart = true;
            } else {
                cell.append(c);
                cellStart = false;
            }
        }
        if (!cellStart || !row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).stream().allMatch(String::isBlank)) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}
