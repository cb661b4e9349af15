package org.primebatch.report;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What to do when a case's artifact target already exists in the output folder, say from an earlier batch with the
 * same name template.
 *
 * <ul>
 *   <li>{@link #OVERWRITE}: write the artifact and replace the existing file (moved into place atomically).</li>
 *   <li>{@link #SKIP}: keep the existing file, do not write this artifact, and record the existing file as the case's
 *       artifact; the case itself still runs and succeeds.</li>
 *   <li>{@link #FAIL}: fail the case without retrying it (another attempt would find the same file), naming the file
 *       in the error, and leave the file as it is.</li>
 * </ul>
 */
public enum OverwritePolicy {
    OVERWRITE, SKIP, FAIL;

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The policy named {@code word}, in any case.
     *
     * @throws IllegalArgumentException naming the choices when {@code word} is none of them
     */
    @JsonCreator
    public static OverwritePolicy parse(String word) {
        for (OverwritePolicy policy : values()) {
            if (policy.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown overwrite policy \"" + word + "\"; use "
                + Arrays.stream(values()).map(OverwritePolicy::word).collect(Collectors.joining(", ")));
    }
}
