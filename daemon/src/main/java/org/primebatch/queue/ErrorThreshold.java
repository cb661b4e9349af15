package org.primebatch.queue;

import java.util.Optional;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;

/**
 * A batch pauses itself once more than {@code ratio} of its finished cases failed, counted from {@code minFinished}
 * finished cases on.
 */
public record ErrorThreshold(double ratio, int minFinished) {
    /** The pause reason of a batch that paused itself. */
    public static final String REASON = BatchView.PAUSED_ON_ERRORS;

    /** The threshold a batch sets; empty when it never pauses itself. */
    public static Optional<ErrorThreshold> of(BatchSpec spec) {
        return spec.errorThreshold() == null ? Optional.empty()
                : Optional.of(new ErrorThreshold(spec.errorThreshold(), spec.errorMinItems()));
    }

    public boolean exceededBy(int failed, int finished) {
        return finished > 0 && finished >= minFinished && (double) failed / finished > ratio;
    }
}
