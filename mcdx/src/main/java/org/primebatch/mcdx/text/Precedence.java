package org.primebatch.mcdx.text;

/** How tightly a piece of math text binds; an operand that binds less tightly than required is put in parentheses. */
final class Precedence {
    static final int LOWEST = 0;
    static final int OR = 1;
    static final int AND = 2;
    static final int NOT = 3;
    static final int COMPARE = 4;
    static final int RANGE = 5;
    static final int ADD = 6;
    /** A number with its unit, {@code 12 kN/m}: looser than products so that {@code 2·(12 kN/m)} stays clear. */
    static final int SCALE = 7;
    static final int MULTIPLY = 8;
    static final int ROOT = 9;
    static final int POWER = 10;
    static final int POSTFIX = 11;
    static final int ATOM = 12;

    private Precedence() {
    }
}
