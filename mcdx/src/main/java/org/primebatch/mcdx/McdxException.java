package org.primebatch.mcdx;

/** A worksheet package that cannot be read: not a zip, corrupt, too large, not a Mathcad worksheet, bad XML. */
public final class McdxException extends RuntimeException {
    public McdxException(String source, String problem) {
        super(source + ": " + problem);
    }

    public McdxException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
    }
}
