package org.primebatch.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.primebatch.swing.model.Fixtures.T0;
import static org.primebatch.swing.model.Fixtures.batch;
import static org.primebatch.swing.model.Fixtures.counts;
import static org.primebatch.swing.model.Fixtures.event;
import static org.primebatch.swing.model.Fixtures.onEdt;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.Event;

class BatchesModelTest {
    private final BatchesModel model = new BatchesModel(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC));

    @Test
    void rowsAreNewestFirst() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.SUCCEEDED), batch(3, BatchState.QUEUED),
                batch(2, BatchState.RUNNING))));

        assertThat(ids()).containsExactly(3L, 2L, 1L);
    }

    @Test
    void batchesCreatedTogetherAreOrderedByIdNewestFirst() throws Exception {
        onEdt(() -> model.replaceAll(List.of(
                batch(4, "a", BatchState.QUEUED, counts(1, 0, 0), T0, null),
                batch(9, "b", BatchState.QUEUED, counts(1, 0, 0), T0, null))));

        assertThat(ids()).containsExactly(9L, 4L);
    }

    @Test
    void filterShowsOnlyBatchesInThatState() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.FAILED), batch(2, BatchState.RUNNING),
                batch(3, BatchState.FAILED))));

        onEdt(() -> model.setFilter(BatchState.FAILED));
        assertThat(ids()).containsExactly(3L, 1L);

        onEdt(() -> model.setFilter(null));
        assertThat(ids()).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aBatchPutAgainReplacesItsRow() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.QUEUED), batch(2, BatchState.QUEUED))));

        onEdt(() -> model.put(batch(1, BatchState.RUNNING)));

        assertThat(ids()).containsExactly(2L, 1L);
        assertThat(onEdt(() -> model.rows().get(1).state())).isEqualTo(BatchState.RUNNING);
    }

    @Test
    void aNewBatchIsAddedOnTop() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.QUEUED))));

        onEdt(() -> model.put(batch(2, BatchState.QUEUED)));

        assertThat(ids()).containsExactly(2L, 1L);
    }

    @Test
    void eventsNameEachBatchToFetchOnceInOrderOfFirstMention() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.RUNNING), batch(2, BatchState.RUNNING))));

        var stale = onEdt(() -> model.apply(List.of(
                event(10, Event.ITEM_STARTED, 2),
                event(11, Event.ITEM_SUCCEEDED, 2),
                event(12, Event.ENGINE_UNAVAILABLE, 0),
                event(13, Event.BATCH_SUBMITTED, 5),
                event(14, Event.ITEM_STARTED, 1))));

        assertThat(stale).containsExactly(2L, 5L, 1L);
        assertThat(ids()).as("counts change only by fetched views").containsExactly(2L, 1L);
    }

    @Test
    void aDeletedBatchLeavesAtOnceAndIsNotFetched() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.SUCCEEDED), batch(2, BatchState.RUNNING))));

        var stale = onEdt(() -> model.apply(List.of(event(20, Event.ITEM_SUCCEEDED, 1),
                event(21, Event.BATCH_DELETED, 1))));

        assertThat(stale).isEmpty();
        assertThat(ids()).containsExactly(2L);
    }

    @Test
    void aViewFetchedBeforeItsBatchWasDeletedDoesNotBringItBack() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.SUCCEEDED), batch(2, BatchState.RUNNING))));
        onEdt(() -> model.apply(List.of(event(30, Event.BATCH_DELETED, 1))));

        onEdt(() -> model.put(batch(1, BatchState.SUCCEEDED)));
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.SUCCEEDED), batch(2, BatchState.RUNNING))));
        var stale = onEdt(() -> model.apply(List.of(event(31, Event.ITEM_SUCCEEDED, 1))));

        assertThat(ids()).containsExactly(2L);
        assertThat(onEdt(() -> model.batch(1))).isEmpty();
        assertThat(stale).isEmpty();
    }

    @Test
    void aBatchTheDaemonNoLongerKnowsStaysGone() throws Exception {
        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.SUCCEEDED))));

        onEdt(() -> model.remove(1));
        onEdt(() -> model.put(batch(1, BatchState.SUCCEEDED)));

        assertThat(ids()).isEmpty();
    }

    @Test
    void listenersHearEveryChange() throws Exception {
        AtomicInteger changes = new AtomicInteger();
        model.addChangeListener(changes::incrementAndGet);

        onEdt(() -> model.replaceAll(List.of(batch(1, BatchState.QUEUED))));
        onEdt(() -> model.put(batch(2, BatchState.QUEUED)));
        onEdt(() -> model.remove(1));
        onEdt(() -> model.remove(1));

        assertThat(changes).hasValue(3);
    }

    @Test
    void offTheEventDispatchThreadItRefuses() {
        assertThatThrownBy(() -> model.put(batch(1, BatchState.QUEUED)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("event dispatch thread");
        assertThatThrownBy(model::rows).isInstanceOf(IllegalStateException.class);
    }

    private List<Long> ids() throws Exception {
        return onEdt(() -> model.rows().stream().map(BatchRow::id).toList());
    }
}
