package org.primebatch.mcdx.units;

/** An unknown unit, a unit string that does not parse, or dimensions that do not match. */
public class UnitException extends RuntimeException {
    public UnitException(String message) {
        super(message);
    }
}
