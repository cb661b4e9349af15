package org.primebatch.engine.mathcad;

/** The version {@code GetVersion} answers, such as {@code 10.0.0.0}; Prime 10 is major 10, not 1. */
record PrimeVersion(String text, int major, int minor) {
    static PrimeVersion parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        String[] parts = trimmed.split("\\.");
        return new PrimeVersion(trimmed, number(parts, 0), number(parts, 1));
    }

    private static int number(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        String digits = parts[index].replaceAll("\\D.*$", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }

    boolean atLeast(int wantedMajor) {
        return major >= wantedMajor;
    }

    @Override
    public String toString() {
        return text;
    }
}
