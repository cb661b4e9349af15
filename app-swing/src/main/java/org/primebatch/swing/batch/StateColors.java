package org.primebatch.swing.batch;

import java.awt.Color;
import org.primebatch.api.BatchState;
import org.primebatch.api.ItemState;

/** The colour a state's word is drawn in, the same in the header and the cases table. */
final class StateColors {
    static final Color SUCCEEDED = new Color(0x2E7D32);
    static final Color FAILED = new Color(0xC62828);
    static final Color RUNNING = new Color(0x1565C0);
    static final Color PAUSED = new Color(0xB26A00);
    static final Color MUTED = new Color(0x757575);
    /** Behind a value that fails the batch's check, on a light and on a dark table. */
    static final Color FAILS_LIGHT = new Color(0xFFCDD2);
    static final Color FAILS_DARK = new Color(0x6B2424);

    private StateColors() {
    }

    /** The colour of {@code state}, or null for the table's own foreground. */
    static Color of(ItemState state) {
        return switch (state) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case RUNNING -> RUNNING;
            case CANCELLED, SKIPPED -> MUTED;
            case PENDING -> null;
        };
    }

    /** The background of a cell whose value fails the check, one that suits {@code tableBackground}. */
    static Color failing(Color tableBackground) {
        if (tableBackground == null) {
            return FAILS_LIGHT;
        }
        double luminance = (0.299 * tableBackground.getRed() + 0.587 * tableBackground.getGreen()
                + 0.114 * tableBackground.getBlue()) / 255;
        return luminance < 0.5 ? FAILS_DARK : FAILS_LIGHT;
    }

    static Color of(BatchState state) {
        return switch (state) {
            case SUCCEEDED -> SUCCEEDED;
            case FAILED -> FAILED;
            case RUNNING -> RUNNING;
            case PAUSED -> PAUSED;
            case CANCELLED -> MUTED;
            case QUEUED -> null;
        };
    }
}
