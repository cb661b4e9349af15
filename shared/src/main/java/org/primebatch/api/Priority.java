package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Batch priority; higher priorities are claimed first, then first in, first out. */
public enum Priority {
    HIGH(0), NORMAL(1), LOW(2);

    private final int rank;

    Priority(int rank) {
        this.rank = rank;
    }

    /** Sort key: smaller is claimed first. */
    public int rank() {
        return rank;
    }

    public static Priority ofRank(int rank) {
        for (Priority p : values()) {
            if (p.rank == rank) {
                return p;
            }
        }
        throw new IllegalArgumentException("no priority of rank " + rank);
    }

    @JsonValue
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Priority parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("priority must be high, normal or low, not '" + word + "'");
        }
    }
}
