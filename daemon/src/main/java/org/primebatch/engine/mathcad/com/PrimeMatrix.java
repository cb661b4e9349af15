package org.primebatch.engine.mathcad.com;

/** {@code IMathcadPrimeMatrix}; indices are 0-based. */
public interface PrimeMatrix {
    int rows() throws PrimeComException;

    int columns() throws PrimeComException;

    int setMatrixElement(int row, int column, double value) throws PrimeComException;

    /** {@code GetMatrixElement} answers its value through a by-reference parameter and an error code. */
    Element getMatrixElement(int row, int column) throws PrimeComException;

    record Element(int errorCode, double value) {
    }
}
