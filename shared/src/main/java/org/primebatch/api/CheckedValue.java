package org.primebatch.api;

/**
 * One stored value of a worksheet compared with the native engine's.
 *
 * @param region    region id in worksheet.xml
 * @param name      the variable the region defines or evaluates, when it has one
 * @param status    {@code matched}, {@code matched-within-tolerance}, {@code mismatched}, {@code unsupported} or
 *                  {@code stale}
 * @param computed  the native engine's value with its unit, or null
 * @param stored    the stored value with its unit
 * @param reason    why it is not {@code matched}, or null
 * @param tolerance the relative tolerance the values were compared at when it is not the exact rule's 1e-9 (the
 *                  value depends on root, a solve block, an integral, a derivative or polyroots), else null
 */
public record CheckedValue(int region, String name, String status, String computed, String stored, String reason,
                           Double tolerance) {
    public static final String MATCHED = "matched";
    public static final String MATCHED_WITHIN_TOLERANCE = "matched-within-tolerance";
    public static final String MISMATCHED = "mismatched";
    public static final String UNSUPPORTED = "unsupported";
    public static final String STALE = "stale";

    public CheckedValue(int region, String name, String status, String computed, String stored, String reason) {
        this(region, name, status, computed, stored, reason, null);
    }

    /** Matched exactly or within the tolerance of the solver it depends on. */
    public boolean isMatch() {
        return MATCHED.equals(status) || MATCHED_WITHIN_TOLERANCE.equals(status);
    }
}
