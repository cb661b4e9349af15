package org.primebatch.mcdx;

/**
 * Names a batch asks to designate that the worksheet does not allow: a variable it does not define, a name that is
 * a function, a definition Mathcad cannot designate, a region already designated under another alias. The message
 * names each such name and why.
 */
public final class DesignationException extends RuntimeException {
    public DesignationException(String message) {
        super(message);
    }
}
