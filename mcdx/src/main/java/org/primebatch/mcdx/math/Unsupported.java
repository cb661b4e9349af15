package org.primebatch.mcdx.math;

/** Math the native engine does not evaluate, found while compiling or running: the region is refused, not guessed. */
class Unsupported extends RuntimeException {
    public Unsupported(String reason) {
        super(reason, null, false, false);
    }
}
