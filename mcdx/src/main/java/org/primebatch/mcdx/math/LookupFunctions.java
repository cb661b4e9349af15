package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * vlookup, hlookup, vhlookup, lookup and match: every value (or position) found, as a vector, exact matches only. When nothing
 * matches the region is refused rather than reporting an error whose wording is not known; so is a match that only
 * the tolerance TOL could decide.
 */
final class LookupFunctions {
    private LookupFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table, int origin) {
        Builtins.add(table, "vlookup", 3, 3, args -> {
            Matrix m = MatrixFunctions.matrix(args.get(1), "vlookup");
            int col = Indexing.index(args.get(2), origin);
            if (col < 0 || col >= m.cols()) {
                throw new MathError("vlookup: column index out of range");
            }
            List<Value> found = new ArrayList<>();
            for (int i = 0; i < m.rows(); i++) {
                if (matches(args.get(0), m.get(i, 0))) {
                    found.add(m.get(i, col));
                }
            }
            return result(found, "vlookup");
        });
        Builtins.add(table, "hlookup", 3, 3, args -> {
            Matrix m = MatrixFunctions.matrix(args.get(1), "hlookup");
            int row = Indexing.index(args.get(2), origin);
            if (row < 0 || row >= m.rows()) {
                throw new MathError("hlookup: row index out of range");
            }
            List<Value> found = new ArrayList<>();
            for (int j = 0; j < m.cols(); j++) {
                if (matches(args.get(0), m.get(0, j))) {
                    found.add(m.get(row, j));
                }
            }
            return result(found, "hlookup");
        });
        Builtins.add(table, "vhlookup", 3, 3, args -> {
            Matrix m = MatrixFunctions.matrix(args.get(2), "vhlookup");
            List<Value> found = new ArrayList<>();
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    if (matches(args.get(0), m.get(i, 0)) && matches(args.get(1), m.get(0, j))) {
                        found.add(m.get(i, j));
                    }
                }
            }
            if (found.size() > 1) {
                throw new Unsupported("vhlookup with several matches, whose order is not known");
            }
            return result(found, "vhlookup");
        });
        Builtins.add(table, "match", 2, 2,
                args -> match(args.get(0), MatrixFunctions.matrix(args.get(1), "match"), origin));
        Builtins.add(table, "lookup", 3, 3, args -> {
            Matrix a = MatrixFunctions.matrix(args.get(1), "lookup");
            Matrix b = MatrixFunctions.matrix(args.get(2), "lookup");
            if (a.rows() != b.rows() || a.cols() != b.cols()) {
                throw new MathError("lookup: the arrays differ in size");
            }
            List<Value> found = new ArrayList<>();
            for (int i = 0; i < a.rows(); i++) {
                for (int j = 0; j < a.cols(); j++) {
                    if (matches(args.get(0), a.get(i, j))) {
                        found.add(b.get(i, j));
                    }
                }
            }
            return result(found, "lookup");
        });
    }

    /** The positions of z in a vector, or the [row, column] pairs of its positions in a matrix, column by column. */
    private static Value match(Value wanted, Matrix m, int origin) {
        List<Value> found = new ArrayList<>();
        for (int j = 0; j < m.cols(); j++) {
            for (int i = 0; i < m.rows(); i++) {
                Value candidate = m.get(i, j);
                if (matches(wanted, candidate)) {
                    found.add(m.cols() == 1 ? Scalar.of(i + origin)
                            : Matrix.column(Scalar.of(i + origin), Scalar.of(j + origin)));
                } else if (nearly(wanted, candidate)) {
                    throw new Unsupported("match of a value within the tolerance of an element");
                }
            }
        }
        return result(found, "match");
    }

    private static boolean nearly(Value wanted, Value candidate) {
        return wanted instanceof Scalar w && candidate instanceof Scalar c
                && Math.abs(w.si() - c.si()) <= 1e-3 * Math.max(1, Math.abs(w.si()));
    }

    private static boolean matches(Value wanted, Value candidate) {
        if (wanted instanceof Text w && candidate instanceof Text c) {
            return w.text().equals(c.text());
        }
        if (wanted instanceof Scalar w && candidate instanceof Scalar c) {
            return w.dimension().equals(c.dimension()) && w.si() == c.si();
        }
        return false;
    }

    private static Value result(List<Value> found, String name) {
        if (found.isEmpty()) {
            throw new Unsupported(name + " found no match");
        }
        return Matrix.column(found);
    }
}
