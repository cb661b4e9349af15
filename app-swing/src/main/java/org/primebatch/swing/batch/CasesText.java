package org.primebatch.swing.batch;

import java.util.List;
import org.primebatch.api.ItemView;

/**
 * Cases as tab-separated text that pastes into a spreadsheet as a table: a header line, then a line per case, each
 * ending in a newline. A cell holding a tab, a line break or a quote is quoted, its quotes doubled, as Excel reads it.
 */
final class CasesText {
    private CasesText() {
    }

    static String of(List<CaseColumn> columns, List<ItemView> items, CaseColumn.Context context) {
        StringBuilder text = new StringBuilder(header(columns, context));
        items.forEach(item -> text.append(line(columns, item, context)));
        return text.toString();
    }

    /** The header line, ending in a newline. */
    static String header(List<CaseColumn> columns, CaseColumn.Context context) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i > 0 ? "\t" : "").append(cell(columns.get(i).copyTitle(context)));
        }
        return text.append('\n').toString();
    }

    /** The line of one case, ending in a newline. */
    static String line(List<CaseColumn> columns, ItemView item, CaseColumn.Context context) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            text.append(i > 0 ? "\t" : "").append(cell(columns.get(i).copyText(item, context)));
        }
        return text.append('\n').toString();
    }

    static String cell(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('"') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
