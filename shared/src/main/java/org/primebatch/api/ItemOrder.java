package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * The order {@code batch.items} lists a batch's cases in when asked for its {@code sort}: by one column, ascending or
 * descending, cases without a value last either way, ties in seq order. Sorted pages are addressed by {@code offset}.
 *
 * @param by         what to sort by
 * @param alias      the input or output to sort by, for {@link By#INPUT} and {@link By#OUTPUT}; null otherwise
 * @param descending largest first
 */
public record ItemOrder(By by, String alias, boolean descending) {
    /** The order cases are numbered in, the one {@code batch.items} uses when not asked for another. */
    public static final ItemOrder SEQ = new ItemOrder(By.SEQ, null, false);

    /** What cases can be sorted by. */
    public enum By {
        /** the case's number */
        SEQ,
        /** the case's name */
        NAME,
        /** pending, running, succeeded, failed, cancelled, skipped */
        STATE,
        ATTEMPTS,
        /** an input's value; a case that left it blank sorts by the worksheet's value, as it was calculated with it */
        INPUT,
        /** an output's value */
        OUTPUT,
        ERROR,
        /** how long the case's last attempt took */
        DURATION,
        /** the batch's check: passing cases before failing ones */
        CHECK;

        @JsonValue
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        @JsonCreator
        public static By parse(String word) {
            try {
                return valueOf(word.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IllegalArgumentException("sort by must be one of seq, name, state, attempts, input, output, "
                        + "error, duration, check, not " + word);
            }
        }
    }

    /** @throws IllegalArgumentException when {@code by} is missing, or an input or output is sorted by without its alias */
    public ItemOrder {
        if (by == null) {
            throw new IllegalArgumentException("sort needs by: seq, name, state, attempts, input, output, error, duration "
                    + "or check");
        }
        boolean valued = by == By.INPUT || by == By.OUTPUT;
        if (valued && (alias == null || alias.isBlank())) {
            throw new IllegalArgumentException("sort by " + by.word() + " needs the alias of the " + by.word());
        }
        if (valued && (alias.indexOf('"') >= 0 || alias.indexOf('\\') >= 0)) {
            throw new IllegalArgumentException("sort alias must not hold \" or \\: " + alias);
        }
        alias = valued ? alias : null;
    }

    public static ItemOrder by(By by, boolean descending) {
        return new ItemOrder(by, null, descending);
    }

    public static ItemOrder input(String alias, boolean descending) {
        return new ItemOrder(By.INPUT, alias, descending);
    }

    public static ItemOrder output(String alias, boolean descending) {
        return new ItemOrder(By.OUTPUT, alias, descending);
    }

    /** Whether this is the order cases are numbered in, which keyset pages ({@code after}) follow. */
    public boolean isSeq() {
        return by == By.SEQ && !descending;
    }

    /** The same column the other way round. */
    public ItemOrder reversed() {
        return new ItemOrder(by, alias, !descending);
    }
}
