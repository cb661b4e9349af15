package org.primebatch.engine.mathcad.com;

/**
 * The members of {@code IMathcadPrimeWorksheet3} the engine uses. The {@code int} the setters answer is an error
 * code of the table in {@code PrimeErrorCode} (0 when the value was set).
 */
public interface PrimeWorksheet {
    String fullName() throws PrimeComException;

    PrimeAliases inputs() throws PrimeComException;

    PrimeAliases outputs() throws PrimeComException;

    void setDefaultCalculationTimeout(int seconds) throws PrimeComException;

    int setRealValue(String alias, double value, String units) throws PrimeComException;

    int setStringValue(String alias, String value) throws PrimeComException;

    /** A matrix of the given size filled with NaN, to fill and pass to {@link #setMatrixValue}. */
    PrimeMatrix createMatrix(int rows, int columns) throws PrimeComException;

    int setMatrixValue(String alias, PrimeMatrix value, String units) throws PrimeComException;

    void synchronize() throws PrimeComException;

    PrimeResult inputGetValue(String alias) throws PrimeComException;

    PrimeResult outputGetValue(String alias) throws PrimeComException;

    PrimeResultAs outputGetRealValueAs(String alias, String units) throws PrimeComException;

    PrimeResultAs outputGetMatrixValueAs(String alias, String units) throws PrimeComException;

    /** Saves or exports by the file's extension (.mcdx, .pdf, .xps, .rtf); saving as .mcdx renames the open sheet. */
    void saveAs(String path) throws PrimeComException;

    void close(SaveOption option) throws PrimeComException;
}
