package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.Event;
import org.junit.jupiter.api.Test;
import org.primebatch.swing.model.ConnectionState;

class TrayStatusTest {
    static BatchView batch(long id, BatchState state, String pauseReason, Counts counts) {
        BatchSpec spec = new BatchSpec("beams " + id, "/w/beam.mcdx", "native", "/out", null, null, null, null, null, null,
                null, null, null, null);
        return new BatchView(id, state, spec, counts, Instant.EPOCH, Instant.EPOCH, null, pauseReason);
    }

    @Test
    void idleRunningOrAttention() {
        Counts none = Counts.NONE;
        assertThat(TrayStatus.of(List.of(), ConnectionState.CONNECTED)).isEqualTo(TrayStatus.IDLE);
        assertThat(TrayStatus.of(List.of(batch(1, BatchState.SUCCEEDED, null, none), batch(2, BatchState.FAILED, null, none)),
                ConnectionState.CONNECTED)).isEqualTo(TrayStatus.IDLE);
        assertThat(TrayStatus.of(List.of(batch(1, BatchState.QUEUED, null, none)), ConnectionState.CONNECTED))
                .isEqualTo(TrayStatus.RUNNING);
        assertThat(TrayStatus.of(List.of(batch(1, BatchState.PAUSED, "paused by request", none)), ConnectionState.CONNECTED))
                .isEqualTo(TrayStatus.IDLE);
        assertThat(TrayStatus.of(List.of(batch(1, BatchState.RUNNING, null, none),
                batch(2, BatchState.PAUSED, BatchView.PAUSED_ON_ERRORS, none)), ConnectionState.CONNECTED))
                .isEqualTo(TrayStatus.ATTENTION);
        assertThat(TrayStatus.of(List.of(), ConnectionState.RECONNECTING)).isEqualTo(TrayStatus.ATTENTION);
    }

    @Test
    void aNoticeForABatchThatEnded() {
        BatchView failed = batch(7, BatchState.FAILED, null, new Counts(10, 0, 0, 8, 2, 0, 0));
        assertThat(BatchNotice.of(new Event(2, Instant.EPOCH, Event.BATCH_FINISHED, 7, null, "failed", null), java.util.Optional.of(failed)))
                .isEqualTo(new BatchNotice(7, "beams 7 failed", "8 of 10 cases succeeded, 2 failed", true));
        assertThat(BatchNotice.of(new Event(3, Instant.EPOCH, Event.BATCH_FINISHED, 9, null, "succeeded", null), java.util.Optional.empty()))
                .isEqualTo(new BatchNotice(9, "Batch 9 succeeded", "", false));
    }

    @Test
    void picturesDifferByStatus() {
        int idle = TrayPresence.picture(TrayStatus.IDLE, 16).getRGB(13, 13);
        assertThat(TrayPresence.picture(TrayStatus.RUNNING, 16).getRGB(13, 13)).isNotEqualTo(idle);
        assertThat(TrayPresence.picture(TrayStatus.ATTENTION, 16).getRGB(13, 13))
                .isNotEqualTo(idle).isNotEqualTo(TrayPresence.picture(TrayStatus.RUNNING, 16).getRGB(13, 13));
    }
}
