package org.primebatch.cases;

/** A sweep that cannot be parsed or expanded; the message says why, quoting the text at fault. */
public class SweepException extends IllegalArgumentException {
    public SweepException(String message) {
        super(message);
    }
}
