package org.primebatch.engine.mathcad.com;

/**
 * Creates the Mathcad Prime application object. All three methods run on the one thread that owns every COM object
 * of a session: {@link #enterApartment()} first, {@link #leaveApartment()} last.
 */
public interface PrimeConnector {
    String PROG_ID = "MathcadPrime.Application";

    /** Makes the calling thread a single-threaded COM apartment. */
    void enterApartment() throws PrimeComException;

    /** Creates (or, Prime being one process per Windows session, attaches to) {@value #PROG_ID}. */
    PrimeApplication createApplication() throws PrimeComException;

    /** Releases every COM object the calling thread holds. */
    void leaveApartment();
}
