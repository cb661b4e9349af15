package org.primebatch.engine.mathcad.com;

/** {@code IMathcadPrimeGetValueResult}: a value of any type with its units, or an error code. */
public interface PrimeResult {
    ResultType resultType() throws PrimeComException;

    int errorCode() throws PrimeComException;

    String units() throws PrimeComException;

    double realResult() throws PrimeComException;

    String stringResult() throws PrimeComException;

    PrimeMatrix matrixResult() throws PrimeComException;
}
