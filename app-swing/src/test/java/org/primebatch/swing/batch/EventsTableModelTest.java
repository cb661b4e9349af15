package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.api.Json;

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

    @Test
    void eachEventIsATimeAndASentenceNamingTheCaseAndHowLongItsAttemptTook() {
        EventsTableModel named = new EventsTableModel(seq -> "beam-" + seq);
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        named.append(List.of(
                new Event(1, start, Event.ITEM_STARTED, 1, 12, "running", Json.object().put("attempt", 1)),
                new Event(2, start.plusMillis(50), Event.ITEM_STARTED, 1, 13, "running", Json.object().put("attempt", 1)),
                new Event(3, start.plusMillis(120), Event.ITEM_SUCCEEDED, 1, 12, "succeeded",
                        Json.object().put("attempt", 1))));
        named.append(List.of(new Event(4, start.plusMillis(2050), Event.ITEM_SUCCEEDED, 1, 13, "succeeded",
                Json.object().put("attempt", 1))));

        assertThat(named.getColumnCount()).isEqualTo(2);
        assertThat(named.getColumnName(EventsTableModel.SENTENCE_COLUMN)).isEqualTo("What happened");
        assertThat(sentences(named)).containsExactly("Case 12 (beam-12) started, attempt 1",
                "Case 13 (beam-13) started, attempt 1", "Case 12 succeeded in 0.12 s", "Case 13 succeeded in 2 s");
        assertThat(named.getValueAt(0, EventsTableModel.TIME_COLUMN).toString()).matches("\\d{4}-\\d\\d-\\d\\d .+");
    }

    @Test
    void aSuccessWhoseStartIsNotListedSaysNoDuration() {
        model.merge(List.of(new Event(9, Instant.EPOCH, Event.ITEM_SUCCEEDED, 1, 3, "succeeded", null)));
        assertThat(sentences(model)).containsExactly("Case 3 succeeded");
    }

    @Test
    void aPauseOnErrorsNamesTheBatchsThreshold() {
        model.setErrorThreshold(0.5);
        model.append(List.of(new Event(1, Instant.EPOCH, Event.BATCH_PAUSED, 1, null, "paused", Json.object()
                .put("reason", BatchView.PAUSED_ON_ERRORS).put("failed", 11).put("finished", 20))));
        assertThat(sentences(model)).containsExactly("Batch paused: more than 50 % of 20 finished cases failed");
    }

    private static List<String> sentences(EventsTableModel model) {
        List<String> sentences = new ArrayList<>();
        for (int row = 0; row < model.getRowCount(); row++) {
            sentences.add(model.getValueAt(row, EventsTableModel.SENTENCE_COLUMN).toString());
        }
        return sentences;
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
