package org.primebatch.engine.mathcad;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeMatrix;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;

/** A case value as Mathcad Prime's setters take it: a real with units, a string, or a matrix with units. */
sealed interface PrimeInput {
    /** The setter this value goes through, for messages. */
    String setter();

    /** Sets the value of {@code alias}; runs on the COM thread and answers Prime's error code. */
    int applyTo(PrimeWorksheet sheet, String alias) throws PrimeComException;

    record Real(double value, String units) implements PrimeInput {
        @Override
        public String setter() {
            return "SetRealValue";
        }

        @Override
        public int applyTo(PrimeWorksheet sheet, String alias) throws PrimeComException {
            return sheet.setRealValue(alias, value, units);
        }
    }

    record Text(String value) implements PrimeInput {
        @Override
        public String setter() {
            return "SetStringValue";
        }

        @Override
        public int applyTo(PrimeWorksheet sheet, String alias) throws PrimeComException {
            return sheet.setStringValue(alias, value);
        }
    }

    /** Rows of numbers; Prime takes them through a matrix object it creates, filled element by element. */
    record Matrix(double[][] rows, String units) implements PrimeInput {
        @Override
        public String setter() {
            return "SetMatrixValue";
        }

        @Override
        public int applyTo(PrimeWorksheet sheet, String alias) throws PrimeComException {
            PrimeMatrix matrix = sheet.createMatrix(rows.length, rows[0].length);
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    int code = matrix.setMatrixElement(r, c, rows[r][c]);
                    if (code != 0) {
                        return code;
                    }
                }
            }
            return sheet.setMatrixValue(alias, matrix, units);
        }
    }

    /**
     * {@code value} as Prime takes it; a number or matrix without a unit is taken in {@code worksheetUnits}, the
     * units the worksheet gives that input (as typed in the worksheet, so the number means what it meant there).
     *
     * @throws IllegalArgumentException for a string with a unit or a matrix that is not a rectangle of numbers
     */
    static PrimeInput of(CaseValue value, String worksheetUnits) {
        JsonNode node = value.value();
        String units = value.unit() != null ? value.unit() : worksheetUnits == null ? "" : worksheetUnits;
        if (node.isTextual()) {
            if (value.unit() != null) {
                throw new IllegalArgumentException("a string takes no unit");
            }
            return new Text(node.asText());
        }
        if (node.isNumber()) {
            return new Real(node.asDouble(), units);
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new IllegalArgumentException("a value must be a number, a string or a matrix");
        }
        return new Matrix(rows(node), units);
    }

    /** A value Prime answered for an input, as it is set back; empty when Prime answered an error or no value. */
    static Optional<PrimeInput> of(PrimeValue value) {
        if (value.errorCode() != 0) {
            return Optional.empty();
        }
        String units = value.units() == null ? "" : value.units();
        return switch (value.type()) {
            case REAL -> Optional.of(new Real(value.real(), units));
            case STRING -> Optional.of(new Text(value.text()));
            case MATRIX -> value.matrix().length == 0 || value.matrix()[0].length == 0 ? Optional.empty()
                    : Optional.of(new Matrix(value.matrix(), units));
            case NONE -> Optional.empty();
        };
    }

    /** Why {@code value} cannot be set in Prime, or null when it can. */
    static String problem(CaseValue value) {
        try {
            of(value, "");
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** A JSON matrix: an array of rows, or an array of numbers for a column vector. */
    private static double[][] rows(JsonNode node) {
        boolean nested = node.get(0).isArray();
        int columns = nested ? node.get(0).size() : 1;
        if (columns == 0) {
            throw new IllegalArgumentException("a matrix has no empty rows");
        }
        double[][] rows = new double[node.size()][columns];
        for (int r = 0; r < node.size(); r++) {
            JsonNode row = node.get(r);
            if (nested != row.isArray() || (nested && row.size() != columns)) {
                throw new IllegalArgumentException("a matrix must be a rectangle of numbers (row " + r + " differs)");
            }
            for (int c = 0; c < columns; c++) {
                JsonNode cell = nested ? row.get(c) : row;
                if (!cell.isNumber()) {
                    throw new IllegalArgumentException("matrix element [" + r + "," + c + "] is not a number");
                }
                rows[r][c] = cell.asDouble();
            }
        }
        return rows;
    }
}
