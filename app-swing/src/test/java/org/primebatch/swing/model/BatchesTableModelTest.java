package org.primebatch.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.model.Fixtures.T0;
import static org.primebatch.swing.model.Fixtures.batch;
import static org.primebatch.swing.model.Fixtures.counts;
import static org.primebatch.swing.model.Fixtures.onEdt;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.swing.event.TableModelEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.swing.model.BatchesTableModel.Column;
import org.primebatch.swing.model.BatchesTableModel.Progress;

class BatchesTableModelTest {
    private final BatchesModel batches = new BatchesModel(Clock.fixed(T0.plusSeconds(10), ZoneOffset.UTC));
    private BatchesTableModel table;

    @BeforeEach
    void fill() throws Exception {
        table = new BatchesTableModel(batches);
        onEdt(() -> batches.replaceAll(List.of(
                batch(1, "old", BatchState.SUCCEEDED, counts(3, 3, 0), T0.minusSeconds(60), T0.minusSeconds(60)),
                batch(2, "loads", BatchState.RUNNING, counts(100, 18, 2), T0, T0))));
    }

    @Test
    void hasOneRowPerBatchShownAndTheColumnsInOrder() throws Exception {
        assertThat(onEdt(table::getRowCount)).isEqualTo(2);
        assertThat(table.getColumnCount()).isEqualTo(7);
        List<String> titles = new ArrayList<>();
        for (int c = 0; c < table.getColumnCount(); c++) {
            titles.add(table.getColumnName(c));
        }
        assertThat(titles).containsExactly("Name", "Worksheet", "Engine", "State", "Progress", "Rate", "ETA");
        assertThat(table.getColumnClass(Column.PROGRESS.ordinal())).isEqualTo(Progress.class);
    }

    @Test
    void valuesOfTheNewestBatch() throws Exception {
        assertThat(value(0, Column.NAME)).isEqualTo("loads");
        assertThat(value(0, Column.WORKSHEET)).isEqualTo("beam-2.mcdx");
        assertThat(value(0, Column.ENGINE)).isEqualTo("echo");
        assertThat(value(0, Column.STATE)).isEqualTo("running");
        assertThat(value(0, Column.PROGRESS)).isEqualTo(new Progress(20, 2, 100));
        assertThat(((Progress) value(0, Column.PROGRESS)).label()).isEqualTo("20/100 (2 failed)");
        assertThat(((Progress) value(0, Column.PROGRESS)).percent()).isEqualTo(20);
        assertThat(value(0, Column.RATE)).isEqualTo("2.0/s");
        assertThat(value(0, Column.ETA)).isEqualTo("40 s");
    }

    @Test
    void aFinishedBatchShowsNoEta() throws Exception {
        assertThat(value(1, Column.STATE)).isEqualTo("succeeded");
        assertThat(((Progress) value(1, Column.PROGRESS)).label()).isEqualTo("3/3");
        assertThat(value(1, Column.ETA)).isEqualTo("");
    }

    @Test
    void followsTheModelAndTellsTheTable() throws Exception {
        List<TableModelEvent> events = new ArrayList<>();
        table.addTableModelListener(events::add);

        onEdt(() -> batches.setFilter(BatchState.SUCCEEDED));

        assertThat(events).isNotEmpty();
        assertThat(onEdt(table::getRowCount)).isEqualTo(1);
        assertThat(value(0, Column.NAME)).isEqualTo("old");
    }

    @Test
    void progressOfTheSameBatchesUpdatesRowsInPlaceSoTheSelectionStays() throws Exception {
        List<TableModelEvent> events = new ArrayList<>();
        table.addTableModelListener(events::add);
        onEdt(() -> batches.refresh());
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getType()).isEqualTo(TableModelEvent.UPDATE);
        assertThat(events.get(0).getFirstRow()).isZero();
        assertThat(events.get(0).getLastRow()).isEqualTo(onEdt(table::getRowCount) - 1);

        onEdt(() -> batches.setFilter(BatchState.SUCCEEDED));
        assertThat(events.get(1).getLastRow()).isEqualTo(Integer.MAX_VALUE); // whole table: the rows changed
    }

    @Test
    void durationsReadLikeAClock() {
        assertThat(BatchesTableModel.formatDuration(Duration.ofMillis(41_200))).isEqualTo("42 s");
        assertThat(BatchesTableModel.formatDuration(Duration.ofSeconds(185))).isEqualTo("3 min 05 s");
        assertThat(BatchesTableModel.formatDuration(Duration.ofMinutes(127))).isEqualTo("2 h 07 min");
    }

    private Object value(int row, Column column) throws Exception {
        return onEdt(() -> table.getValueAt(row, column.ordinal()));
    }
}
