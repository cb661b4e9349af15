package org.primebatch.engine.mathcad.com;

/** The members of {@code IMathcadPrimeApplication3} the engine uses. */
public interface PrimeApplication {
    String getVersion() throws PrimeComException;

    void setVisible(boolean visible) throws PrimeComException;

    /** Only on versions whose application has {@code OpenEx}; others fail with {@link HResults#UNKNOWN_NAME}. */
    PrimeWorksheetOptions createWorksheetReadonlyOptions() throws PrimeComException;

    /** {@code OpenEx}: answers an {@code IMathcadPrimeWorksheet3}. */
    PrimeWorksheet openEx(String path, PrimeWorksheetOptions options) throws PrimeComException;

    /**
     * {@code Open}: answers the worksheet through {@code IMathcadPrimeWorksheet3}, asked for by its IID, since the
     * interface {@code Open} returns lacks most members.
     */
    PrimeWorksheet open(String path) throws PrimeComException;

    void quit(SaveOption option) throws PrimeComException;
}
