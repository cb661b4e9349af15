package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import javax.swing.JTable;
import javax.swing.SwingConstants;
import javax.swing.UIManager;
import javax.swing.table.DefaultTableCellRenderer;
import org.primebatch.api.ItemState;
import org.primebatch.swing.batch.CaseColumn.CheckCell;
import org.primebatch.swing.batch.CaseColumn.ValueCell;
import org.primebatch.swing.model.BatchesTableModel;

/**
 * Draws every cell of the cases table: numbers to the right and to the chosen significant figures (in full in the
 * tooltip), states in their colour, values that fail the batch's check on red, the worksheet's values of inputs a case
 * left blank in grey, artifacts as links.
 */
final class CaseCellRenderer extends DefaultTableCellRenderer {
    private static final String LOADING = "…";
    private final IntSupplier figures;

    /** Numbers to {@code figures} significant figures, asked at every paint so that a new choice shows at once. */
    CaseCellRenderer(IntSupplier figures) {
        this.figures = figures;
    }

    @Override
    public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focused,
                                                   int row, int column) {
        // colours set for one cell would otherwise stay for the next: the renderer remembers them as its own
        setForeground(null);
        setBackground(null);
        super.getTableCellRendererComponent(table, value, selected, focused, row, column);
        setHorizontalAlignment(SwingConstants.LEADING);
        setFont(table.getFont());
        setToolTipText(null);
        CaseColumn caseColumn = ((CasesTableModel) table.getModel()).column(table.convertColumnIndexToModel(column));
        if (value == null) {
            setText(caseColumn.kind() == CaseColumn.Kind.SEQ ? LOADING : "");
            return this;
        }
        switch (caseColumn.kind()) {
            case SEQ, ATTEMPTS -> setHorizontalAlignment(SwingConstants.TRAILING);
            case CASE -> setToolTipText(value.toString().isEmpty() ? null : value.toString());
            case STATE -> {
                ItemState state = (ItemState) value;
                setText(state.word());
                if (!selected && StateColors.of(state) != null) {
                    setForeground(StateColors.of(state));
                }
            }
            case INPUT, OUTPUT -> value((ValueCell) value, caseColumn, table, selected);
            case CHECK -> {
                CheckCell check = (CheckCell) value;
                setToolTipText(check.passes() ? "Passes " + checkText(table) : String.join("; ", check.reasons()));
                if (!selected) {
                    setForeground(check.passes() ? StateColors.SUCCEEDED : StateColors.FAILED);
                    if (!check.passes()) {
                        setBackground(StateColors.failing(table.getBackground()));
                    }
                }
                if (!check.passes()) {
                    setFont(table.getFont().deriveFont(Font.BOLD));
                }
            }
            case DURATION -> {
                setText(format((Duration) value));
                setToolTipText(Numbers.seconds((Duration) value) + " s");
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
        }
        return this;
    }

    private void value(ValueCell cell, CaseColumn column, JTable table, boolean selected) {
        setText(cell.shown(figures.getAsInt()));
        if (cell.numeric()) {
            setHorizontalAlignment(SwingConstants.TRAILING);
        }
        String full = Numbers.full(cell.value().value()) + (cell.value().unit() == null ? "" : " " + cell.value().unit());
        StringBuilder tip = new StringBuilder(column.alias()).append(" = ").append(full);
        if (cell.fromWorksheet()) {
            tip.append(" (the worksheet's value: this case leaves ").append(column.alias()).append(" blank)");
            if (!selected) {
                setForeground(StateColors.MUTED);
            }
            setFont(table.getFont().deriveFont(Font.ITALIC));
        }
        if (cell.fails()) {
            tip.append(" fails ").append(String.join(" and ", cell.failing()));
            if (!selected) {
                setForeground(StateColors.FAILED);
                setBackground(StateColors.failing(table.getBackground()));
            }
        }
        setToolTipText(tip.toString());
    }

    private static String checkText(JTable table) {
        var check = ((CasesTableModel) table.getModel()).context().check();
        return check == null ? "the check" : check.display();
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
