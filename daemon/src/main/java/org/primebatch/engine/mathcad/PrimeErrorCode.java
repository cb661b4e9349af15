package org.primebatch.engine.mathcad;

import org.primebatch.engine.EngineException;

/**
 * The error codes of Mathcad Prime's result objects and setters (API guide, {@code ErrorCode}), with whether trying
 * the case again can help.
 */
enum PrimeErrorCode {
    UNKNOWN(-1, "an unknown error occurred in Mathcad Prime (or the worksheet is no longer open)", true),
    NONE(0, "no error", false),
    ALIAS_NOT_FOUND(1, "the worksheet has no designated input or output with this alias", false),
    DISABLED(2, "the input or output is disabled in the worksheet", false),
    UNITS_INCOMPATIBLE(3, "the units are incompatible with the worksheet's", false),
    INPUT_INVALID(4, "the input value is invalid", false),
    CALCULATION_ERROR(5, "the worksheet has a calculation error for these inputs", false),
    RESULT_TYPE_INCOMPATIBLE(6, "the result type is incompatible (a real, a string or a matrix was expected)", false),
    MATRIX_INVALID(7, "the matrix result is invalid", false),
    CALCULATION_TIMEOUT(8, "the calculation timed out", true),
    CALCULATION_DISABLED(9, "calculation is disabled in the worksheet (turn on automatic calculation)", false);

    private final int code;
    private final String reason;
    private final boolean retryable;

    PrimeErrorCode(int code, String reason, boolean retryable) {
        this.code = code;
        this.reason = reason;
        this.retryable = retryable;
    }

    static PrimeErrorCode of(int code) {
        for (PrimeErrorCode e : values()) {
            if (e.code == code) {
                return e;
            }
        }
        return null;
    }

    /** Throws the error {@code code} stands for, naming what was done; returns for 0. */
    static void check(int code, String what) throws EngineException {
        if (code == 0) {
            return;
        }
        PrimeErrorCode known = of(code);
        if (known == null) {
            throw EngineException.transientFailure(what + ": Mathcad Prime answered the unknown error code " + code);
        }
        throw new EngineException(what + ": " + known.reason + " (error code " + code + ")", known.retryable);
    }
}
