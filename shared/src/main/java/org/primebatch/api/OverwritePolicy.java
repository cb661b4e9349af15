package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a batch does with an output folder that already holds another batch's results or files this batch would
 * write.
 *
 * <ul>
 *   <li>{@link #REFUSE} (the default): the batch is refused at submission, naming the folder and the other choices;
 *       a file that appears after submission fails its case rather than being replaced.</li>
 *   <li>{@link #REPLACE}: this batch's files replace the files of the same name.</li>
 *   <li>{@link #KEEP}: the files there stay as they are; this batch's files whose names are taken get the batch's id
 *       before their extension ({@code results-7.csv}, {@code beam-1-7.pdf}).</li>
 *   <li>{@link #RENAME}: the batch writes into a new folder beside the one named, the first free of
 *       {@code DIR-2}, {@code DIR-3}, …</li>
 * </ul>
 */
public enum OverwritePolicy {
    REFUSE, REPLACE, KEEP, RENAME;

    /** The words of batches stored before these choices, read as the choice closest to what they did. */
    private static final Map<String, OverwritePolicy> EARLIER_WORDS = Map.of(
            "overwrite", REPLACE, "skip", KEEP, "fail", REFUSE);

    /** The choices a user makes when a folder holds results: every policy but the default. */
    public static final List<OverwritePolicy> CHOICES = List.of(REPLACE, KEEP, RENAME);

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What the choice does, in a few words, for messages and menus. */
    public String meaning() {
        return switch (this) {
            case REFUSE -> "refuse the batch";
            case REPLACE -> "this batch's files replace them";
            case KEEP -> "keep them; this batch's files take new names beside them";
            case RENAME -> "this batch writes into a new folder beside it";
        };
    }

    /**
     * The policy named {@code word}, in any case; blank is the default.
     *
     * @throws IllegalArgumentException naming the choices when {@code word} is none of them
     */
    @JsonCreator
    public static OverwritePolicy parse(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        if (w.isEmpty()) {
            return REFUSE;
        }
        for (OverwritePolicy policy : values()) {
            if (policy.word().equals(w)) {
                return policy;
            }
        }
        OverwritePolicy earlier = EARLIER_WORDS.get(w);
        if (earlier != null) {
            return earlier;
        }
        throw new IllegalArgumentException("unknown overwrite choice \"" + word + "\"; use "
                + String.join(", ", Arrays.stream(values()).map(OverwritePolicy::word).toList()));
    }
}
