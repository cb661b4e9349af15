package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.time.Instant;
import javax.swing.JLabel;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.CrossCheckStatus;
import org.primebatch.api.Disagreement;

/** The batch header shows a cross-check with Mathcad Prime: where it stands, and a disagreement with both values. */
class BatchHeaderCrossCheckTest {
    private static final BatchSpec SPEC = new BatchSpec("beams", "/w/beam.mcdx", "native", null, null, null, null, 2, null,
            null, null, null, null, null, null, null, 3, 50);

    private static BatchView batch(CrossCheckStatus status) {
        return new BatchView(7, BatchState.RUNNING, SPEC, new Counts(120, 60, 1, 59, 0, 0, 0), Instant.EPOCH, Instant.EPOCH,
                null, null, null, status);
    }

    private static JLabel label(Container root, String name) {
        for (Component c : root.getComponents()) {
            if (name.equals(c.getName())) {
                return (JLabel) c;
            }
        }
        throw new AssertionError("no " + name);
    }

    @Test
    void aDisagreementIsShownWithBothValues() {
        Disagreement d = new Disagreement(61, "c61", "M_max", CaseValue.of(12.5, "kN*m"), CaseValue.of(12.4875, "kN*m"),
                "12500.0 against 12487.5 in SI base units");
        BatchHeader header = GuiActionRunner.execute(BatchHeader::new);

        GuiActionRunner.execute(() -> header.show(batch(new CrossCheckStatus(CrossCheck.MATHCAD, 3, 50, 2, 1, d))));

        JLabel crossCheck = label(header, "batchCrossCheck");
        assertThat(crossCheck.isVisible()).isTrue();
        assertThat(crossCheck.getText()).isEqualTo("with Mathcad Prime (3 cases first, one in 50 after): carrying on with "
                + "Mathcad Prime: case 61 (c61): output M_max: Mathcad Prime 12.5 kN*m, native 12.4875 kN*m "
                + "(12500.0 against 12487.5 in SI base units)");
        assertThat(crossCheck.getForeground()).isEqualTo(StateColors.FAILED);
    }

    @Test
    void aBatchRunningNativelyAfterItsVerificationSaysSoAndOneWithoutACrossCheckShowsNone() {
        BatchHeader header = GuiActionRunner.execute(BatchHeader::new);

        GuiActionRunner.execute(() -> header.show(batch(new CrossCheckStatus(CrossCheck.NATIVE, 3, 50, 4, 4, null))));
        assertThat(label(header, "batchCrossCheck").getText()).isEqualTo("with Mathcad Prime (3 cases first, one in 50 "
                + "after): running natively: the verification agreed; 4 of 4 cross-checked cases agreed, a spot check "
                + "every 50 cases");

        GuiActionRunner.execute(() -> header.show(batch(null)));
        assertThat(label(header, "batchCrossCheck").isVisible()).isFalse();
    }
}
