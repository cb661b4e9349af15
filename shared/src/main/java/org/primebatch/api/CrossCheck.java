package org.primebatch.api;

import java.util.Set;
import java.util.TreeSet;

/**
 * The cross-check of a native batch with Mathcad Prime: which of its cases run on both engines, and the words of its
 * states. A batch cross-checked with {@code verify} N runs N of its cases (the first, the last and ones evenly in
 * between) on both engines first; when every output agrees, the other cases run natively, and every
 * {@code spotCheck}-th case runs on both again; any disagreement stops native use for the batch.
 */
public final class CrossCheck {
    /** Cases cross-checked before native use, for {@code auto} when both engines are available. */
    public static final int DEFAULT_VERIFY = 3;
    /** Every how many cases one runs on both engines again once the batch runs natively. */
    public static final int DEFAULT_SPOT_CHECK = 50;

    /** The batch's verification cases run on both engines; its other cases wait. */
    public static final String VERIFYING = "verifying";
    /** The verification cases agreed: the other cases run natively, spot checks on both engines. */
    public static final String NATIVE = "native";
    /** A cross-check disagreed (or a verification case could not be compared): every case runs on Mathcad. */
    public static final String MATHCAD = "mathcad";

    /** A case of the verification: it runs on both engines before any case runs natively. */
    public static final String ROLE_VERIFY = "verify";
    /** A spot check: it runs on both engines while the batch runs natively. */
    public static final String ROLE_SPOT = "spot";

    /** The engine each case is compared against, and the one cross-checked. */
    public static final String REFERENCE_ENGINE = "mathcad";
    public static final String CHECKED_ENGINE = "native";

    private CrossCheck() {
    }

    /** The seqs (from 1) of the verification cases of a batch of {@code total} cases: first, last, evenly between. */
    public static Set<Integer> verificationCases(int total, int verify) {
        Set<Integer> seqs = new TreeSet<>();
        int n = Math.min(verify, total);
        if (n <= 0) {
            return seqs;
        }
        if (n == 1) {
            seqs.add(1);
            return seqs;
        }
        for (int i = 0; i < n; i++) {
            seqs.add(1 + (int) Math.round((double) i * (total - 1) / (n - 1)));
        }
        return seqs;
    }

    /**
     * The role of case {@code seq}: {@link #ROLE_VERIFY}, {@link #ROLE_SPOT}, or null for a case that runs on one
     * engine only. {@code verificationCases} is {@link #verificationCases}'s answer for the batch.
     */
    public static String role(int seq, Set<Integer> verificationCases, int spotCheck) {
        if (verificationCases.contains(seq)) {
            return ROLE_VERIFY;
        }
        return spotCheck > 0 && seq % spotCheck == 0 ? ROLE_SPOT : null;
    }
}
