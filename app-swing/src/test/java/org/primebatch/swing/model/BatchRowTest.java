package org.primebatch.swing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.model.Fixtures.T0;
import static org.primebatch.swing.model.Fixtures.batch;
import static org.primebatch.swing.model.Fixtures.counts;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;

class BatchRowTest {
    @Test
    void rateAndEtaComeFromTheCasesDoneSinceTheStart() {
        BatchView view = batch(7, "loads", BatchState.RUNNING, counts(100, 18, 2), T0, T0);

        BatchRow row = BatchRow.of(view, T0.plusSeconds(10));

        assertThat(row.id()).isEqualTo(7);
        assertThat(row.name()).isEqualTo("loads");
        assertThat(row.engine()).isEqualTo("echo");
        assertThat(row.done()).isEqualTo(20);
        assertThat(row.failed()).isEqualTo(2);
        assertThat(row.total()).isEqualTo(100);
        assertThat(row.ratePerSec()).isEqualTo(2.0);
        assertThat(row.eta()).isEqualTo(Duration.ofSeconds(40));
    }

    @Test
    void aBatchNotStartedHasNoRateNorEta() {
        BatchRow row = BatchRow.of(batch(1, "queued", BatchState.QUEUED, counts(5, 0, 0), T0, null), T0.plusSeconds(60));

        assertThat(row.ratePerSec()).isZero();
        assertThat(row.eta()).isNull();
    }

    @Test
    void aPausedBatchHasNoEtaThoughItsRateStands() {
        BatchRow row = BatchRow.of(batch(7, "loads", BatchState.PAUSED, counts(100, 18, 2), T0, T0), T0.plusSeconds(10));

        assertThat(row.ratePerSec()).isEqualTo(2.0);
        assertThat(row.eta()).isNull();
    }

    @Test
    void aFinishedBatchHasNoEta() {
        BatchRow row = BatchRow.of(batch(1, "done", BatchState.SUCCEEDED, counts(5, 5, 0), T0, T0), T0.plusSeconds(5));

        assertThat(row.eta()).isNull();
    }

    @Test
    void aBatchWithoutANameShowsItsWorksheetFile() {
        BatchRow row = BatchRow.of(batch(3, null, BatchState.QUEUED, counts(1, 0, 0), T0, null), T0);

        assertThat(row.name()).isEqualTo("beam-3.mcdx");
        assertThat(row.worksheet()).isEqualTo("C:\\sheets\\beam-3.mcdx");
    }
}
