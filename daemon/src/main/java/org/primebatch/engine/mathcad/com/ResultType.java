package org.primebatch.engine.mathcad.com;

/** Enum {@code ValueResultTypes} of the type library. */
public enum ResultType {
    NONE(0), REAL(1), STRING(2), MATRIX(3);

    private final int value;

    ResultType(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }

    public static ResultType of(int value) {
        for (ResultType type : values()) {
            if (type.value == value) {
                return type;
            }
        }
        return NONE;
    }
}
