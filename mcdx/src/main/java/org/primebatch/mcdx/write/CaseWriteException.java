package org.primebatch.mcdx.write;

/** A case worksheet that cannot be written: an unknown alias, a unit that does not parse, a value of the wrong kind. */
public final class CaseWriteException extends RuntimeException {
    public CaseWriteException(String message) {
        super(message);
    }

    public CaseWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
