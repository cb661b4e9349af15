package org.primebatch.engine.mathcad.com;

/** {@code IMathcadPrimeInputs} and {@code IMathcadPrimeOutputs}, which have the same members. */
public interface PrimeAliases {
    int count() throws PrimeComException;

    String getAliasByIndex(int index) throws PrimeComException;
}
