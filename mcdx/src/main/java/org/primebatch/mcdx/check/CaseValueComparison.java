package org.primebatch.mcdx.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ValueKind;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/**
 * Compares two engines' values of one output by {@code check}'s rule ({@link ValueComparison}): the same kind and
 * shape, numbers of the same dimension within a relative 1e-9 in SI (matrix elements relative to the matrix's largest),
 * strings equal. A unit that does not parse cannot be compared, which counts as a difference.
 */
public final class CaseValueComparison {
    private CaseValueComparison() {
    }

    /** Why {@code other} differs from {@code reference}, or empty when they agree. */
    public static Optional<String> difference(CaseValue reference, CaseValue other) {
        if (reference.kind() != other.kind()) {
            return Optional.of("a " + word(reference.kind()) + " against a " + word(other.kind()));
        }
        if (reference.kind() == ValueKind.STRING) {
            return reference.value().asText().equals(other.value().asText()) ? Optional.empty()
                    : Optional.of("the texts differ");
        }
        UnitExpression a;
        UnitExpression b;
        try {
            a = Units.parse(reference.unit());
            b = Units.parse(other.unit());
        } catch (UnitException | IllegalArgumentException e) {
            return Optional.of("the units cannot be compared: " + e.getMessage());
        }
        List<Double> x = numbers(reference.value());
        List<Double> y = numbers(other.value());
        if (x == null || y == null || x.size() != y.size() || !sameShape(reference.value(), other.value())) {
            return Optional.of("the matrices differ in size");
        }
        boolean zero = x.stream().allMatch(v -> v == 0) && y.stream().allMatch(v -> v == 0);
        if (!a.dimension().equals(b.dimension()) && !zero) {
            return Optional.of("the dimensions differ: " + a.dimension() + " against " + b.dimension());
        }
        double scale = 0;
        if (reference.kind() == ValueKind.MATRIX) {
            for (double v : x) {
                scale = Math.max(scale, Math.abs(a.of(v).si()));
            }
        }
        for (int i = 0; i < x.size(); i++) {
            double si = a.of(x.get(i)).si();
            double otherSi = b.of(y.get(i)).si();
            if (!ValueComparison.close(si, otherSi, scale)) {
                return Optional.of((x.size() == 1 ? "" : "element " + i + ": ") + si + " against " + otherSi
                        + " in SI base units");
            }
        }
        return Optional.empty();
    }

    /** The numbers of a number or a matrix (rows of numbers, or a column of numbers), row by row; null otherwise. */
    private static List<Double> numbers(JsonNode value) {
        List<Double> out = new ArrayList<>();
        if (value.isNumber()) {
            out.add(value.asDouble());
            return out;
        }
        for (JsonNode row : value) {
            if (row.isNumber()) {
                out.add(row.asDouble());
            } else if (row.isArray()) {
                for (JsonNode cell : row) {
                    if (!cell.isNumber()) {
                        return null;
                    }
                    out.add(cell.asDouble());
                }
            } else {
                return null;
            }
        }
        return out;
    }

    private static boolean sameShape(JsonNode a, JsonNode b) {
        if (a.isNumber() || b.isNumber()) {
            return a.isNumber() == b.isNumber();
        }
        if (a.size() != b.size()) {
            return false;
        }
        for (int r = 0; r < a.size(); r++) {
            if (a.get(r).isArray() != b.get(r).isArray() || a.get(r).size() != b.get(r).size()) {
                return false;
            }
        }
        return true;
    }

    private static String word(ValueKind kind) {
        return switch (kind) {
            case REAL -> "number";
            case STRING -> "string";
            case MATRIX -> "matrix";
        };
    }
}
