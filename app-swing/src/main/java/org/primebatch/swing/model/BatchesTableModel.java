package org.primebatch.swing.model;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.BatchState;

/** The batches list as a table: values only, the renderers draw them. */
public final class BatchesTableModel extends AbstractTableModel {
    /** The columns, in order. */
    public enum Column {
        NAME("Name", String.class),
        WORKSHEET("Worksheet", String.class),
        ENGINE("Engine", String.class),
        STATE("State", String.class),
        PROGRESS("Progress", Progress.class),
        RATE("Rate", String.class),
        ETA("ETA", String.class);

        private final String title;
        private final Class<?> type;

        Column(String title, Class<?> type) {
            this.title = title;
            this.type = type;
        }

        public String title() {
            return title;
        }
    }

    /** The value of the progress column, for a progress bar renderer. */
    public record Progress(int done, int failed, int total) {
        /** "done/total", with the failed count when there is one. */
        public String label() {
            return failed == 0 ? done + "/" + total : done + "/" + total + " (" + failed + " failed)";
        }

        public int percent() {
            return total == 0 ? 0 : (int) (100L * done / total);
        }
    }

    private static final Column[] COLUMNS = Column.values();
    private final BatchesModel batches;
    private long[] shownIds = new long[0];

    public BatchesTableModel(BatchesModel batches) {
        this.batches = batches;
        batches.addChangeListener(this::rowsChanged);
    }

    /**
     * The same batches in the same order (progress moving on) update their rows in place, which keeps the table's
     * selection; anything else (a batch added, removed, filtered) redraws the table.
     */
    private void rowsChanged() {
        List<BatchRow> rows = batches.rows();
        long[] ids = new long[rows.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = rows.get(i).id();
        }
        boolean sameRows = Arrays.equals(ids, shownIds);
        shownIds = ids;
        if (sameRows && ids.length > 0) {
            fireTableRowsUpdated(0, ids.length - 1);
        } else {
            fireTableDataChanged();
        }
    }

    @Override
    public int getRowCount() {
        return batches.rows().size();
    }

    @Override
    public int getColumnCount() {
        return COLUMNS.length;
    }

    @Override
    public String getColumnName(int column) {
        return COLUMNS[column].title;
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return COLUMNS[column].type;
    }

    @Override
    public Object getValueAt(int rowIndex, int column) {
        BatchRow row = rowAt(rowIndex);
        return switch (COLUMNS[column]) {
            case NAME -> row.name();
            case WORKSHEET -> BatchRow.fileName(row.worksheet());
            case ENGINE -> row.engine();
            case STATE -> row.state().word();
            case PROGRESS -> new Progress(row.done(), row.failed(), row.total());
            case RATE -> row.ratePerSec() <= 0 ? "" : String.format(Locale.ROOT, "%.1f/s", row.ratePerSec());
            case ETA -> row.state() == BatchState.PAUSED ? "paused" : row.eta() == null ? "" : formatDuration(row.eta());
        };
    }

    public BatchRow rowAt(int rowIndex) {
        return batches.rows().get(rowIndex);
    }

    /** "42 s", "3 min 05 s", "2 h 07 min": whole seconds, rounded up. */
    public static String formatDuration(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d h %02d min", seconds / 3600, seconds % 3600 / 60);
    }
}
