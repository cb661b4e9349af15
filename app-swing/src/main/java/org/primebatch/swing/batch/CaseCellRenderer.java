package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.font.TextAttribute;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.primebatch.api.ItemState;
import org.primebatch.swing.batch.CaseColumn.CaseLabel;
import org.primebatch.swing.batch.CaseColumn.ValueCell;
import org.primebatch.swing.model.BatchesTableModel;

/** Draws every cell of the cases table: states in their colour, numbers to the right, artifacts as links. */
final class CaseCellRenderer extends DefaultTableCellRenderer {
    private static final String LOADING = "…";

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        setHorizontalAlignment(SwingConstants.LEADING);
        setFont(table.getFont());
        setToolTipText(null);
        if (!selected) {
            setForeground(table.getForeground());
        }
        CaseColumn.Kind kind = ((CasesTableModel) table.getModel()).column(table.convertColumnIndexToModel(column)).kind();
        if (value == null) {
            setText(kind == CaseColumn.Kind.CASE ? LOADING : "");
            return this;
        }
        switch (kind) {
            case STATE -> {
                ItemState state = (ItemState) value;
                setText(state.word());
                if (!selected && StateColors.of(state) != null) {
                    setForeground(StateColors.of(state));
                }
            }
            case ATTEMPTS -> setHorizontalAlignment(SwingConstants.TRAILING);
            case INPUT, OUTPUT -> {
                if (((ValueCell) value).numeric()) {
                    setHorizontalAlignment(SwingConstants.TRAILING);
                }
            }
            case DURATION -> {
                setText(format((Duration) value));
                setHorizontalAlignment(SwingConstants.TRAILING);
            }
            case ERROR -> {
                setToolTipText(value.toString());
                if (!selected) {
                    setForeground(StateColors.FAILED);
                }
            }
            case ARTIFACTS -> {
                setToolTipText("Click to open " + value);
                setFont(table.getFont().deriveFont(Map.of(TextAttribute.UNDERLINE, TextAttribute.UNDERLINE_ON)));
                if (!selected) {
                    setForeground(UIManager.getColor("Component.linkColor") != null
                            ? UIManager.getColor("Component.linkColor") : StateColors.RUNNING);
                }
            }
            case CASE -> setToolTipText(((CaseLabel) value).toString());
        }
        return this;
    }

    /** "0.42 s", "12.3 s", "3 min 05 s". */
    static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return BatchesTableModel.formatDuration(Duration.ofSeconds(millis / 1000));
    }
}
