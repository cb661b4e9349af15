package org.primebatch.mcdx.math;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Mathcad's built-in functions by name. Functions that depend on ORIGIN come from the table for that origin. */
final class Builtins {
    private static final Map<Integer, Map<String, BuiltinFunction>> TABLES = Map.of(0, table(0), 1, table(1));

    private Builtins() {
    }

    private static Map<String, BuiltinFunction> table(int origin) {
        Map<String, BuiltinFunction> table = new HashMap<>();
        ElementaryFunctions.register(table);
        RoundingFunctions.register(table);
        StatisticsFunctions.register(table);
        StringFunctions.register(table);
        MatrixFunctions.register(table, origin);
        LookupFunctions.register(table, origin);
        LinearAlgebraFunctions.register(table);
        PairedStatistics.register(table);
        OrderStatistics.register(table);
        NormalDistribution.register(table);
        InterpolationFunctions.register(table);
        StudentT.register(table);
        FixedStepOde.register(table);
        SpacedVectors.register(table);
        add(table, "polyroots", 1, 1, args -> realRoots(PolynomialRoots.polyroots(args.get(0))));
        return Map.copyOf(table);
    }

    static Optional<BuiltinFunction> find(String name, int origin) {
        Map<String, BuiltinFunction> table = TABLES.get(origin);
        if (table == null) {
            throw new Unsupported("ORIGIN " + origin);
        }
        return Optional.ofNullable(table.get(name));
    }

    /** Complex numbers are not evaluated further, so complex roots are refused rather than carried on. */
    private static Value realRoots(Matrix roots) {
        for (Value root : roots.elements()) {
            if (root instanceof ComplexScalar) {
                throw new Unsupported("polyroots with complex roots");
            }
        }
        return roots;
    }

    static void add(Map<String, BuiltinFunction> table, String name, int min, int max,
            BuiltinFunction.Implementation implementation) {
        table.put(name, new BuiltinFunction(name, min, max, implementation));
    }
}
