package org.primebatch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import org.primebatch.api.OverwritePolicy;

/**
 * Where a batch writes one of its files when the name is already taken. A file last changed before the batch was
 * submitted belongs to someone else (the submission made sure the batch's folder held none of its names, or the
 * user chose what to do); a newer one is the batch's own, from an earlier attempt or an earlier end, and is replaced.
 */
public final class OutputTarget {
    private OutputTarget() {
    }

    /** A file of another's that the batch's choice does not let it replace. */
    public static final class TakenException extends IOException {
        TakenException(String message) {
            super(message);
        }
    }

    /**
     * The path to write {@code planned} at: {@code planned} itself when it is free, the batch's own or the choice is
     * {@link OverwritePolicy#REPLACE}; under {@link OverwritePolicy#KEEP} a name with the batch's id before the
     * extension ({@code beam-1-7.pdf}).
     *
     * @throws TakenException under {@link OverwritePolicy#REFUSE} and {@link OverwritePolicy#RENAME}, naming the file
     */
    public static Path choose(Path planned, OverwritePolicy policy, Instant submitted, long batchId) throws TakenException {
        if (policy == OverwritePolicy.REPLACE || !belongsToAnother(planned, submitted)) {
            return planned;
        }
        if (policy == OverwritePolicy.KEEP) {
            return withId(planned, batchId);
        }
        throw new TakenException(planned + " was there before batch " + batchId + " was submitted and is not replaced;"
                + " submit with the overwrite choice replace or keep to write it");
    }

    /** A summary file's path: as {@link #choose}, except that a taken name always gets the batch's id. */
    public static Path summary(Path planned, OverwritePolicy policy, Instant submitted, long batchId) {
        return policy == OverwritePolicy.REPLACE || !belongsToAnother(planned, submitted) ? planned : withId(planned, batchId);
    }

    static Path withId(Path planned, long batchId) {
        String name = planned.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String renamed = dot > 0 ? name.substring(0, dot) + "-" + batchId + name.substring(dot) : name + "-" + batchId;
        return planned.resolveSibling(renamed);
    }

    private static boolean belongsToAnother(Path file, Instant submitted) {
        try {
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(submitted);
        } catch (IOException e) {
            // a file whose age cannot be read is treated as another's: nothing is replaced on a guess
            return true;
        }
    }
}
