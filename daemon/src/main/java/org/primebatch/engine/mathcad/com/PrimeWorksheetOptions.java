package org.primebatch.engine.mathcad.com;

/** {@code IMathcadPrimeWorksheetReadonlyOptions}: options fixed when a worksheet is opened. */
public interface PrimeWorksheetOptions {
    void setOptionValue(ReadonlyOption option, boolean value) throws PrimeComException;
}
