package org.primebatch.store;

/** How many attempts a case has made, the one that just ended included, of the {@code allowed} its batch gives it. */
public record Attempts(int made, int allowed) {
}
