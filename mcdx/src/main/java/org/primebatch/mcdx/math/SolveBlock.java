package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.units.Dimension;

/**
 * Mathcad's solve blocks: {@code find(x, y, …)} and {@code minerr(x, y, …)} after {@code Given} and its equality and
 * inequality constraints. Both use the Levenberg–Marquardt method from the guess values, as Mathcad does, iterated to
 * Mathcad's solver accuracy (10⁻¹²). find returns the point only when every constraint holds to within CTOL
 * (x &lt; 2 holds when x &lt; 2 + CTOL; an equation when |left − right| &lt; CTOL, in SI units) and otherwise fails;
 * minerr returns the best point it reached whether or not the constraints hold. Unknowns may be numbers or arrays of
 * numbers, with units; the result has the guesses' shapes and units. A point at which the constraints do not
 * determine every unknown (fewer independent equations than unknowns) is refused: where the iteration stops then
 * depends on its path, and Mathcad's path is not this one.
 */
final class SolveBlock {
    /** How a constraint relates its two sides. */
    enum Relation { EQUAL, LESS, LESS_OR_EQUAL, GREATER, GREATER_OR_EQUAL }

    /** One side of a constraint, computed from the unknowns' current values (in the order of find's arguments). */
    @FunctionalInterface
    interface Side {
        Value at(List<Value> unknowns);
    }

    /** {@code left relation right}. */
    record Constraint(Relation relation, Side left, Side right) {
    }

    private SolveBlock() {
    }

    static List<Value> find(List<Value> guesses, List<Constraint> constraints, double ctol) {
        Problem problem = new Problem(guesses, constraints);
        LevenbergMarquardt.Result result = LevenbergMarquardt.minimize(problem::residuals, problem.start());
        for (double r : result.residuals()) {
            if (!(Math.abs(r) < ctol)) {
                throw new MathError("find did not converge: no solution satisfies the constraints to within CTOL"
                        + " (try other guess values, or minerr)");
            }
        }
        requireDetermined(result, "find");
        return problem.values(result.x());
    }

    static List<Value> minerr(List<Value> guesses, List<Constraint> constraints) {
        Problem problem = new Problem(guesses, constraints);
        LevenbergMarquardt.Result result = LevenbergMarquardt.minimize(problem::residuals, problem.start());
        requireDetermined(result, "minerr");
        return problem.values(result.x());
    }

    /** What find and minerr show: the value itself for one unknown, a vector of the values for several. */
    static Value result(List<Value> solved) {
        return solved.size() == 1 ? solved.get(0) : Matrix.column(solved);
    }

    private static void requireDetermined(LevenbergMarquardt.Result result, String where) {
        if (!result.determined()) {
            throw new Unsupported(where + ": the constraints do not determine every unknown at the solution");
        }
    }

    /** The unknowns flattened to SI numbers, and the constraints to residuals. */
    private static final class Problem {
        private final List<Value> guesses;
        private final List<Constraint> constraints;
        private final List<Dimension> dimensions = new ArrayList<>();

        Problem(List<Value> guesses, List<Constraint> constraints) {
            if (guesses.isEmpty() || constraints.isEmpty()) {
                throw new MathError("a solve block needs unknowns and constraints");
            }
            this.guesses = guesses;
            this.constraints = constraints;
            for (Value g : guesses) {
                for (Value e : elements(g)) {
                    dimensions.add(number(e).dimension());
                }
            }
        }

        double[] start() {
            double[] x = new double[dimensions.size()];
            int k = 0;
            for (Value g : guesses) {
                for (Value e : elements(g)) {
                    x[k++] = number(e).si();
                }
            }
            return x;
        }

        List<Value> values(double[] x) {
            List<Value> out = new ArrayList<>(guesses.size());
            int k = 0;
            for (Value g : guesses) {
                if (g instanceof Matrix m) {
                    Value[] elements = new Value[m.size()];
                    for (int i = 0; i < elements.length; i++, k++) {
                        elements[i] = new Scalar(x[k], dimensions.get(k));
                    }
                    out.add(Matrix.ofColumnMajor(m.rows(), m.cols(), elements));
                } else {
                    out.add(new Scalar(x[k], dimensions.get(k)));
                    k++;
                }
            }
            return out;
        }

        double[] residuals(double[] x) {
            EvaluationBudget.spend();
            List<Value> unknowns = values(x);
            List<Double> out = new ArrayList<>();
            for (Constraint c : constraints) {
                Value left = c.left().at(unknowns);
                Value right = c.right().at(unknowns);
                if (left instanceof Matrix l && right instanceof Matrix r) {
                    if (l.rows() != r.rows() || l.cols() != r.cols()) {
                        throw new MathError("the two sides of a constraint differ in size");
                    }
                    for (int i = 0; i < l.size(); i++) {
                        out.add(residual(c.relation(), l.elements().get(i), r.elements().get(i)));
                    }
                } else if (left instanceof Matrix || right instanceof Matrix) {
                    throw new MathError("a constraint compares a matrix with a number");
                } else {
                    out.add(residual(c.relation(), left, right));
                }
            }
            double[] r = new double[out.size()];
            for (int i = 0; i < r.length; i++) {
                r[i] = out.get(i);
            }
            return r;
        }

        private static double residual(Relation relation, Value left, Value right) {
            Scalar l = number(left);
            Scalar r = number(right);
            boolean plainZero = l.si() == 0 && l.isDimensionless() || r.si() == 0 && r.isDimensionless();
            if (!plainZero && !l.dimension().equals(r.dimension())) {
                throw new MathError("the units of a constraint's sides do not match (" + l.dimension() + " and "
                        + r.dimension() + ")");
            }
            double difference = l.si() - r.si();
            return switch (relation) {
                case EQUAL -> difference;
                case LESS, LESS_OR_EQUAL -> Math.max(0, difference);
                case GREATER, GREATER_OR_EQUAL -> Math.max(0, -difference);
            };
        }

        private static List<Value> elements(Value v) {
            return v instanceof Matrix m ? m.elements() : List.of(v);
        }

        private static Scalar number(Value v) {
            if (v instanceof ComplexScalar) {
                throw new Unsupported("a solve block with complex values");
            }
            if (!(v instanceof Scalar s)) {
                throw new MathError("a solve block's unknowns and constraints must be numbers, not " + v.kind());
            }
            return s;
        }
    }
}
