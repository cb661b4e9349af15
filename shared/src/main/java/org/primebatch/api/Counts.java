package org.primebatch.api;

/** How many cases of a batch are in each state. */
public record Counts(int total, int pending, int running, int succeeded, int failed, int cancelled, int skipped) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    public int done() {
        return succeeded + failed + cancelled + skipped;
    }

    public boolean allFinal() {
        return pending == 0 && running == 0;
    }
}
