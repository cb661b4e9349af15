package org.primebatch.mcdx.units;

/**
 * Spelling variants of unit names. Worksheets and users write micro as µ (U+00B5, the keyboard's micro sign) or μ
 * (U+03BC, Greek mu) and ohm as Ω (U+2126, ohm sign) or Ω (U+03A9, Greek omega); the table keys use the Greek
 * letters.
 */
final class UnitNames {
    private UnitNames() {
    }

    static String canonical(String name) {
        return name.replace('\u00B5', '\u03BC').replace('\u2126', '\u03A9');
    }
}
