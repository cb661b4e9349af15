package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.primebatch.api.Event;

class EventsTableModelTest {
    private final EventsTableModel model = new EventsTableModel();

    @Test
    void aStoredPageThatOverlapsLiveEventsListsEachEventOnceInSeqOrder() {
        model.append(events(8, 9, 10));

        model.merge(events(5, 6, 7, 8, 9));
        model.append(events(10, 11));

        assertThat(seqs()).containsExactly(5L, 6L, 7L, 8L, 9L, 10L, 11L);
        assertThat(model.oldestSeq()).isEqualTo(5);
    }

    @Test
    void beyondTheCapacityTheOldestGo() {
        model.merge(events(LongStream.rangeClosed(1, EventsTableModel.CAPACITY).toArray()));

        model.append(events(EventsTableModel.CAPACITY + 1, EventsTableModel.CAPACITY + 2));

        assertThat(model.getRowCount()).isEqualTo(EventsTableModel.CAPACITY);
        assertThat(model.oldestSeq()).isEqualTo(3);
        assertThat(model.eventAt(model.getRowCount() - 1).seq()).isEqualTo(EventsTableModel.CAPACITY + 2);
    }

    @Test
    void clearingLeavesNoOldest() {
        model.append(events(1));
        model.clear();
        assertThat(model.getRowCount()).isZero();
        assertThat(model.oldestSeq()).isNull();
    }

    private List<Long> seqs() {
        List<Long> seqs = new ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            seqs.add(model.eventAt(row).seq());
        }
        return seqs;
    }

    private static List<Event> events(long... seqs) {
        return LongStream.of(seqs)
                .mapToObj(seq -> new Event(seq, Instant.EPOCH, Event.ITEM_SUCCEEDED, 1, (int) seq, "succeeded", null))
                .toList();
    }
}
