package org.primebatch.mcdx.math;

/** Comparison and logic operators; results are 1 or 0. */
final class Comparison {
    enum Operator { EQUAL, NOT_EQUAL, LESS, GREATER, LESS_OR_EQUAL, GREATER_OR_EQUAL }

    private Comparison() {
    }

    static Scalar compare(Operator op, Value a, Value b) {
        int order;
        if (a instanceof Scalar x && b instanceof Scalar y) {
            Arithmetic.sameDimension(x, y, "comparison");
            if (Double.isNaN(x.si()) || Double.isNaN(y.si())) {
                return Scalar.of(op == Operator.NOT_EQUAL);
            }
            order = Double.compare(x.si() + 0.0, y.si() + 0.0);
        } else if (a instanceof Text x && b instanceof Text y) {
            order = x.text().compareTo(y.text());
        } else {
            throw new Unsupported("comparing " + a.kind() + " with " + b.kind());
        }
        return Scalar.of(switch (op) {
            case EQUAL -> order == 0;
            case NOT_EQUAL -> order != 0;
            case LESS -> order < 0;
            case GREATER -> order > 0;
            case LESS_OR_EQUAL -> order <= 0;
            case GREATER_OR_EQUAL -> order >= 0;
        });
    }

    static boolean truth(Value v, String where) {
        return Arithmetic.scalar(v, where).isTrue();
    }
}
