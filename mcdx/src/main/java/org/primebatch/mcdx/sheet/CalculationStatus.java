package org.primebatch.mcdx.sheet;

import java.util.Locale;

/** Whether a stored result was computed from the worksheet as saved ({@code Synchronized}) or is stale ({@code Pending}). */
public enum CalculationStatus {
    SYNCHRONIZED, PENDING, NONE;

    static CalculationStatus of(String attribute) {
        if ("Synchronized".equalsIgnoreCase(attribute)) {
            return SYNCHRONIZED;
        }
        if ("Pending".equalsIgnoreCase(attribute)) {
            return PENDING;
        }
        return NONE;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
