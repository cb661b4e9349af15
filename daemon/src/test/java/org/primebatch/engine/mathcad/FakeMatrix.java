package org.primebatch.engine.mathcad;

import java.util.Arrays;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;

/** A matrix object of the fake Prime; one made by CreateMatrix starts filled with NaN, as the API guide says. */
final class FakeMatrix implements PrimeMatrix {
    private final FakePrime prime;
    private final double[][] cells;

    FakeMatrix(FakePrime prime, double[][] cells) {
        this.prime = prime;
        this.cells = cells;
    }

    static FakeMatrix filledWithNaN(FakePrime prime, int rows, int columns) {
        double[][] cells = new double[rows][columns];
        for (double[] row : cells) {
            Arrays.fill(row, Double.NaN);
        }
        return new FakeMatrix(prime, cells);
    }

    double[][] cells() {
        return cells;
    }

    @Override
    public int rows() throws PrimeComException {
        prime.enter("Rows");
        return cells.length;
    }

    @Override
    public int columns() throws PrimeComException {
        prime.enter("Columns");
        return cells.length == 0 ? 0 : cells[0].length;
    }

    @Override
    public int setMatrixElement(int row, int column, double value) throws PrimeComException {
        prime.enter("SetMatrixElement");
        cells[row][column] = value;
        return 0;
    }

    @Override
    public Element getMatrixElement(int row, int column) throws PrimeComException {
        prime.enter("GetMatrixElement");
        return new Element(0, cells[row][column]);
    }
}
