package org.primebatch.engine.mathcad.jacob;

import com.jacob.com.Dispatch;
import com.jacob.com.Variant;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;

final class JacobPrimeMatrix implements PrimeMatrix {
    private final Dispatch matrix;

    JacobPrimeMatrix(Dispatch matrix) {
        this.matrix = matrix;
    }

    Dispatch dispatch() {
        return matrix;
    }

    /** {@code Rows} and {@code Columns} are doubles in the type library. */
    @Override
    public int rows() throws PrimeComException {
        return JacobCall.invoke("Rows", () -> (int) Dispatch.get(matrix, "Rows").getDouble());
    }

    @Override
    public int columns() throws PrimeComException {
        return JacobCall.invoke("Columns", () -> (int) Dispatch.get(matrix, "Columns").getDouble());
    }

    @Override
    public int setMatrixElement(int row, int column, double value) throws PrimeComException {
        return JacobCall.invoke("SetMatrixElement",
                () -> Dispatch.call(matrix, "SetMatrixElement", new Variant(row), new Variant(column), new Variant(value)).getInt());
    }

    @Override
    public Element getMatrixElement(int row, int column) throws PrimeComException {
        return JacobCall.invoke("GetMatrixElement", () -> {
            Variant out = new Variant();
            out.putDoubleRef(0.0);
            int code = Dispatch.call(matrix, "GetMatrixElement", new Variant(row), new Variant(column), out).getInt();
            return new Element(code, out.getDoubleRef());
        });
    }
}
