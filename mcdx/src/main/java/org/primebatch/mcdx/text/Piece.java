package org.primebatch.mcdx.text;

/** Rendered math text and how tightly it binds (see {@link Precedence}); program blocks span several lines. */
record Piece(String text, int precedence) {
    static Piece atom(String text) {
        return new Piece(text, Precedence.ATOM);
    }

    boolean isMultiLine() {
        return text.indexOf('\n') >= 0;
    }

    /** The text on one line: a block's statements joined as {@code {a ← 1; b}}. */
    String inline() {
        if (!isMultiLine()) {
            return text;
        }
        return "{" + String.join("; ", text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) + "}";
    }
}
