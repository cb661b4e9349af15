package org.primebatch.cases;

import java.util.Locale;

/** How several sweeps combine into cases. */
public enum Combine {
    /** Every combination of the sweeps' values; the first sweep varies slowest. */
    PRODUCT,
    /** The sweeps' first values together, then their second values, …; the sweeps must be equally long. */
    ZIP;

    /** @throws SweepException unless {@code text} is {@code product} or {@code zip} (in any case) */
    public static Combine parse(String text) {
        String word = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "product" -> PRODUCT;
            case "zip" -> ZIP;
            default -> throw new SweepException("unknown way to combine sweeps \"" + text + "\"; use product or zip");
        };
    }
}
