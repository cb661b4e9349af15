package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Sizes, building and cutting matrices, sorting, and the type tests IsArray, IsString, IsScalar. */
final class MatrixFunctions {
    private MatrixFunctions() {
    }

    static void register(Map<String, BuiltinFunction> table, int origin) {
        Builtins.add(table, "rows", 1, 1, args -> Scalar.of(matrix(args.get(0), "rows").rows()));
        Builtins.add(table, "cols", 1, 1, args -> Scalar.of(matrix(args.get(0), "cols").cols()));
        Builtins.add(table, "length", 1, 1, args -> Scalar.of(vector(args.get(0), "length").rows()));
        Builtins.add(table, "last", 1, 1, args -> Scalar.of(vector(args.get(0), "last").rows() - 1 + origin));
        Builtins.add(table, "IsArray", 1, 1, args -> Scalar.of(args.get(0) instanceof Matrix));
        Builtins.add(table, "IsString", 1, 1, args -> Scalar.of(args.get(0) instanceof Text));
        Builtins.add(table, "IsScalar", 1, 1, args -> Scalar.of(args.get(0) instanceof Scalar));
        Builtins.add(table, "identity", 1, 1,
                args -> MatrixAlgebra.identity(positive(args.get(0), "identity")));
        Builtins.add(table, "stack", 1, Integer.MAX_VALUE, args -> join(args, true));
        Builtins.add(table, "augment", 1, Integer.MAX_VALUE, args -> join(args, false));
        Builtins.add(table, "submatrix", 5, 5, args -> {
            Matrix m = matrix(args.get(0), "submatrix");
            int ir = index(args.get(1), origin);
            int jr = index(args.get(2), origin);
            int ic = index(args.get(3), origin);
            int jc = index(args.get(4), origin);
            if (ir > jr || ic > jc || ir < 0 || ic < 0 || jr >= m.rows() || jc >= m.cols()) {
                throw new MathError("submatrix: index out of range");
            }
            Value[] out = new Value[(jr - ir + 1) * (jc - ic + 1)];
            int k = 0;
            for (int j = ic; j <= jc; j++) {
                for (int i = ir; i <= jr; i++) {
                    out[k++] = m.get(i, j);
                }
            }
            return Matrix.ofColumnMajor(jr - ir + 1, jc - ic + 1, out);
        });
        Builtins.add(table, "matrix", 3, 3, args -> {
            if (origin != 0) {
                throw new Unsupported("matrix(m, n, f) with ORIGIN " + origin);
            }
            int rows = positive(args.get(0), "matrix");
            int cols = positive(args.get(1), "matrix");
            FunctionValue f = function(args.get(2), "matrix");
            Value[] out = new Value[rows * cols];
            for (int j = 0; j < cols; j++) {
                for (int i = 0; i < rows; i++) {
                    out[j * rows + i] = f.call(List.of(Scalar.of(i), Scalar.of(j)));
                }
            }
            return Matrix.ofColumnMajor(rows, cols, out);
        });
        Builtins.add(table, "reverse", 1, 1, args -> {
            Matrix m = matrix(args.get(0), "reverse");
            Value[] out = new Value[m.size()];
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    out[j * m.rows() + i] = m.get(m.rows() - 1 - i, j);
                }
            }
            return Matrix.ofColumnMajor(m.rows(), m.cols(), out);
        });
        Builtins.add(table, "sort", 1, 1, args -> {
            Matrix v = vector(args.get(0), "sort");
            List<Value> sorted = new ArrayList<>(v.elements());
            sorted.sort(numberOrder("sort"));
            return Matrix.column(sorted);
        });
        Builtins.add(table, "csort", 2, 2, args -> {
            Matrix m = matrix(args.get(0), "csort");
            int col = index(args.get(1), origin);
            if (col < 0 || col >= m.cols()) {
                throw new MathError("csort: index out of range");
            }
            Integer[] order = sortedOrder(m.rows(), i -> m.get(i, col), "csort");
            Value[] out = new Value[m.size()];
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    out[j * m.rows() + i] = m.get(order[i], j);
                }
            }
            return Matrix.ofColumnMajor(m.rows(), m.cols(), out);
        });
        Builtins.add(table, "rsort", 2, 2, args -> {
            Matrix m = matrix(args.get(0), "rsort");
            int row = index(args.get(1), origin);
            if (row < 0 || row >= m.rows()) {
                throw new MathError("rsort: index out of range");
            }
            Integer[] order = sortedOrder(m.cols(), j -> m.get(row, j), "rsort");
            Value[] out = new Value[m.size()];
            for (int i = 0; i < m.rows(); i++) {
                for (int j = 0; j < m.cols(); j++) {
                    out[j * m.rows() + i] = m.get(i, order[j]);
                }
            }
            return Matrix.ofColumnMajor(m.rows(), m.cols(), out);
        });
        Builtins.add(table, "diag", 1, 1, args -> {
            Matrix square = matrix(args.get(0), "diag");
            if (square.cols() > 1 && square.rows() == square.cols()) {
                Value[] diagonal = new Value[square.rows()];
                for (int i = 0; i < diagonal.length; i++) {
                    diagonal[i] = square.get(i, i);
                }
                return Matrix.column(diagonal);
            }
            if (square.cols() > 1) {
                throw new Unsupported("diag of a " + square.rows() + "x" + square.cols() + " matrix");
            }
            Matrix v = vector(args.get(0), "diag");
            int n = v.rows();
            Value[] out = new Value[n * n];
            Arrays.fill(out, Scalar.ZERO);
            for (int i = 0; i < n; i++) {
                out[i * n + i] = v.get(i, 0);
            }
            return Matrix.ofColumnMajor(n, n, out);
        });
        Builtins.add(table, "tr", 1, 1, args -> {
            Matrix m = matrix(args.get(0), "tr");
            if (m.rows() != m.cols()) {
                throw new MathError("tr: the matrix must be square");
            }
            Value total = m.get(0, 0);
            for (int i = 1; i < m.rows(); i++) {
                total = Arithmetic.add(total, m.get(i, i));
            }
            return total;
        });
    }

    private interface Element {
        Value at(int position);
    }

    private static Integer[] sortedOrder(int n, Element element, String name) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Comparator<Value> byNumber = numberOrder(name);
        Arrays.sort(order, (a, b) -> byNumber.compare(element.at(a), element.at(b)));
        return order;
    }

    private static Comparator<Value> numberOrder(String name) {
        return (a, b) -> {
            Scalar x = Arithmetic.scalar(a, name);
            Scalar y = Arithmetic.scalar(b, name);
            Arithmetic.sameDimension(x, y, name);
            return Double.compare(x.si(), y.si());
        };
    }

    private static Matrix join(List<Value> args, boolean vertically) {
        String name = vertically ? "stack" : "augment";
        List<Matrix> parts = new ArrayList<>();
        for (Value arg : args) {
            parts.add(arg instanceof Matrix m ? m : new Matrix(1, 1, List.of(arg)));
        }
        int rows = 0;
        int cols = 0;
        for (Matrix p : parts) {
            if (vertically) {
                if (cols != 0 && p.cols() != cols) {
                    throw new MathError("stack: the arrays must have the same number of columns");
                }
                cols = p.cols();
                rows += p.rows();
            } else {
                if (rows != 0 && p.rows() != rows) {
                    throw new MathError("augment: the arrays must have the same number of rows");
                }
                rows = p.rows();
                cols += p.cols();
            }
        }
        Value[] out = new Value[rows * cols];
        int offset = 0;
        for (Matrix p : parts) {
            for (int i = 0; i < p.rows(); i++) {
                for (int j = 0; j < p.cols(); j++) {
                    int r = vertically ? offset + i : i;
                    int c = vertically ? j : offset + j;
                    out[c * rows + r] = p.get(i, j);
                }
            }
            offset += vertically ? p.rows() : p.cols();
        }
        if (out.length == 0) {
            throw new MathError(name + ": nothing to join");
        }
        return Matrix.ofColumnMajor(rows, cols, out);
    }

    static Matrix matrix(Value v, String name) {
        if (v instanceof Matrix m) {
            return m;
        }
        throw new Unsupported(name + " of " + v.kind());
    }

    static Matrix vector(Value v, String name) {
        Matrix m = matrix(v, name);
        if (m.cols() != 1) {
            throw new MathError(name + ": needs a vector, this matrix has " + m.cols() + " columns");
        }
        return m;
    }

    private static int index(Value v, int origin) {
        return Indexing.index(v, origin);
    }

    private static int positive(Value v, String name) {
        int n = Arithmetic.scalar(v, name).integer(name);
        if (n < 1) {
            throw new MathError(name + ": the size must be at least 1");
        }
        return n;
    }

    private static FunctionValue function(Value v, String name) {
        if (v instanceof FunctionValue f) {
            return f;
        }
        throw new MathError(name + ": this value must be a function, it is " + v.kind());
    }
}
