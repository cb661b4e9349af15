package org.primebatch.engine.mathcad.com;

/** A COM call into Mathcad Prime failed with an HRESULT (or the bridge to COM could not be used at all). */
public final class PrimeComException extends Exception {
    private final int hresult;

    public PrimeComException(int hresult, String message) {
        super(message);
        this.hresult = hresult;
    }

    public PrimeComException(int hresult, String message, Throwable cause) {
        super(message, cause);
        this.hresult = hresult;
    }

    public int hresult() {
        return hresult;
    }

    /** The HRESULT as Windows prints it, {@code 0x800706BA}. */
    public String hresultText() {
        return String.format("0x%08X", hresult);
    }
}
