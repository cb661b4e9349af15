package org.primebatch.mcdx.text;

import java.util.Optional;

/** Small integer powers written as superscripts: {@code ²}, {@code ⁴}, {@code ⁻¹}. */
final class Superscripts {
    private static final String DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final int MAX_DIGITS = 3;

    private Superscripts() {
    }

    /** The superscript form of an integer literal such as {@code 2} or {@code -1}, when it is short. */
    static Optional<String> ofInteger(String literal) {
        String s = literal.strip();
        boolean negative = s.startsWith("-");
        String digits = negative ? s.substring(1) : s;
        if (digits.isEmpty() || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder(negative ? "⁻" : "");
        digits.chars().forEach(c -> out.append(DIGITS.charAt(c - '0')));
        return Optional.of(out.toString());
    }

    static String ofInteger(long n) {
        return ofInteger(Long.toString(n)).orElse("^" + n);
    }
}
