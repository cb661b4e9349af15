package org.primebatch.swing.app;

import java.util.Collection;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.swing.model.ConnectionState;

/** What the tray icon shows: nothing to do, batches running, or something that needs a look. */
enum TrayStatus {
    IDLE("No batches running"),
    RUNNING("Batches running"),
    ATTENTION("Needs attention");

    private final String tooltip;

    TrayStatus(String tooltip) {
        this.tooltip = tooltip;
    }

    String tooltip() {
        return tooltip;
    }

    /**
     * Attention when the daemon is out of reach or a batch paused itself on errors; running while any batch is queued
     * or running; idle otherwise. A failed batch that has ended shows once, as a notification, not as a lasting state.
     */
    static TrayStatus of(Collection<BatchView> batches, ConnectionState connection) {
        if (connection != ConnectionState.CONNECTED) {
            return ATTENTION;
        }
        boolean running = false;
        for (BatchView batch : batches) {
            if (batch.state() == BatchState.PAUSED && BatchView.PAUSED_ON_ERRORS.equals(batch.pauseReason())) {
                return ATTENTION;
            }
            running |= batch.state() == BatchState.RUNNING || batch.state() == BatchState.QUEUED;
        }
        return running ? RUNNING : IDLE;
    }
}
