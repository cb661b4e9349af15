package org.primebatch.engine.mathcad.com;

/**
 * {@code IMathcadPrimeOutputResultAs} and {@code IMathcadPrimeOutputMatrixResultAs}: an output in units the caller
 * named. Only the member that fits the call is used.
 */
public interface PrimeResultAs {
    int errorCode() throws PrimeComException;

    double realResult() throws PrimeComException;

    PrimeMatrix matrixResult() throws PrimeComException;
}
