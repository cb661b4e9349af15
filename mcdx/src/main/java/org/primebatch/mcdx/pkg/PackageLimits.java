package org.primebatch.mcdx.pkg;

/**
 * Bounds on what reading one package may cost. Sizes are counted while inflating, never taken from zip headers.
 * The ratio is checked only once an entry has inflated past {@code ratioFloorBytes}, so that small, very
 * compressible parts (empty XML, repeated styles) are not refused.
 */
record PackageLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio, long ratioFloorBytes) {
    /** Generous for real worksheets (the largest seen holds 449 parts, 87 MB inflated, parts compressed 60:1). */
    public static final PackageLimits DEFAULT = new PackageLimits(10_000, 128L << 20, 512L << 20, 200, 1L << 20);

    public PackageLimits {
        if (maxEntries < 1 || maxEntryBytes < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloorBytes < 0) {
            throw new IllegalArgumentException("package limits must be positive");
        }
    }
}
