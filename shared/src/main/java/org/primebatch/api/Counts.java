package org.primebatch.api;

/**
 * How many cases of a batch are in each state.
 *
 * @param checkFailed succeeded cases whose outputs fail the batch's check ({@link ResultCheck}); they count as
 *                    succeeded too, since their calculation did
 */
public record Counts(int total, int pending, int running, int succeeded, int failed, int cancelled, int skipped,
        int checkFailed) {
    public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

    public Counts(int total, int pending, int running, int succeeded, int failed, int cancelled, int skipped) {
        this(total, pending, running, succeeded, failed, cancelled, skipped, 0);
    }

    public int done() {
        return succeeded + failed + cancelled + skipped;
    }

    public boolean allFinal() {
        return pending == 0 && running == 0;
    }
}
