package org.primebatch.engine.mathcad;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;
import org.primebatch.engine.mathcad.com.PrimeResult;
import org.primebatch.engine.mathcad.com.PrimeResultAs;
import org.primebatch.engine.mathcad.com.ResultType;

/**
 * A value read from a Prime result object on the COM thread, as plain data that may leave it: the error code, the
 * type, the units and the real, string or matrix.
 */
record PrimeValue(int errorCode, ResultType type, String units, double real, String text, double[][] matrix) {
    static PrimeValue failed(int errorCode) {
        return new PrimeValue(errorCode, ResultType.NONE, "", Double.NaN, null, null);
    }

    /** {@code InputGetValue} or {@code OutputGetValue}. */
    static PrimeValue read(PrimeResult result) throws PrimeComException {
        int code = result.errorCode();
        if (code != 0) {
            return failed(code);
        }
        ResultType type = result.resultType();
        String units = result.units();
        return switch (type) {
            case REAL -> new PrimeValue(0, type, units, result.realResult(), null, null);
            case STRING -> new PrimeValue(0, type, "", Double.NaN, result.stringResult(), null);
            case MATRIX -> matrix(result.matrixResult(), units);
            case NONE -> new PrimeValue(0, type, units, Double.NaN, null, null);
        };
    }

    /** {@code OutputGetRealValueAs}: the value in {@code units}. */
    static PrimeValue readRealAs(PrimeResultAs result, String units) throws PrimeComException {
        int code = result.errorCode();
        return code != 0 ? failed(code) : new PrimeValue(0, ResultType.REAL, units, result.realResult(), null, null);
    }

    /** {@code OutputGetMatrixValueAs}: the matrix in {@code units}. */
    static PrimeValue readMatrixAs(PrimeResultAs result, String units) throws PrimeComException {
        int code = result.errorCode();
        return code != 0 ? failed(code) : matrix(result.matrixResult(), units);
    }

    private static PrimeValue matrix(PrimeMatrix matrix, String units) throws PrimeComException {
        int rows = matrix.rows();
        int columns = matrix.columns();
        double[][] cells = new double[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                PrimeMatrix.Element element = matrix.getMatrixElement(r, c);
                if (element.errorCode() != 0) {
                    return failed(element.errorCode());
                }
                cells[r][c] = element.value();
            }
        }
        return new PrimeValue(0, ResultType.MATRIX, units, Double.NaN, null, cells);
    }

    /** The value as a case value, or the error its code stands for ({@code what} names the value). */
    CaseValue toCaseValue(String what) throws EngineException {
        PrimeErrorCode.check(errorCode, what);
        String unit = units == null || units.isBlank() ? null : units;
        return switch (type) {
            case REAL -> CaseValue.of(real, unit);
            case STRING -> CaseValue.of(text);
            case MATRIX -> {
                ArrayNode rows = JsonNodeFactory.instance.arrayNode();
                for (double[] row : matrix) {
                    ArrayNode cells = rows.addArray();
                    for (double cell : row) {
                        cells.add(cell);
                    }
                }
                yield new CaseValue(rows, unit);
            }
            case NONE -> throw EngineException.permanent(what + ": Mathcad Prime has no value for it");
        };
    }
}
