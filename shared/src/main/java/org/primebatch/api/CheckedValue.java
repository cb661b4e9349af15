package org.primebatch.api;

/**
 * One stored value of a worksheet compared with the native engine's.
 *
 * @param region   region id in worksheet.xml
 * @param name     the variable the region defines or evaluates, when it has one
 * @param status   {@code matched}, {@code mismatched}, {@code unsupported} or {@code stale}
 * @param computed the native engine's value with its unit, or null
 * @param stored   the stored value with its unit
 * @param reason   why it is not {@code matched}, or null
 */
public record CheckedValue(int region, String name, String status, String computed, String stored, String reason) {
    public static final String MATCHED = "matched";
    public static final String MISMATCHED = "mismatched";
    public static final String UNSUPPORTED = "unsupported";
    public static final String STALE = "stale";
}
