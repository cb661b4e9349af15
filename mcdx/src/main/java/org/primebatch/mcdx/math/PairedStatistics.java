package org.primebatch.mcdx.math;

import java.util.List;
import java.util.Map;
import org.primebatch.mcdx.units.Dimension;

/** slope, intercept, corr and cvar of two equally long data vectors (cvar is the population covariance). */
final class PairedStatistics {
    private PairedStatistics() {
    }

    /** Two samples with their means and sums of products of deviations. */
    private record Pairs(StatisticsFunctions.Sample x, StatisticsFunctions.Sample y, double sxx, double syy, double sxy,
            double meanX, double meanY) {
        static Pairs of(Value a, Value b, String name) {
            if (!(a instanceof Matrix) || !(b instanceof Matrix)) {
                throw new Unsupported(name + " of " + a.kind() + " and " + b.kind());
            }
            StatisticsFunctions.Sample x = StatisticsFunctions.sample(List.of(a), name);
            StatisticsFunctions.Sample y = StatisticsFunctions.sample(List.of(b), name);
            int n = x.values().length;
            if (y.values().length != n) {
                throw new MathError(name + ": the vectors must have the same number of elements");
            }
            double mx = StatisticsFunctions.mean(x.values());
            double my = StatisticsFunctions.mean(y.values());
            double sxx = 0;
            double syy = 0;
            double sxy = 0;
            for (int i = 0; i < n; i++) {
                double dx = x.values()[i] - mx;
                double dy = y.values()[i] - my;
                sxx += dx * dx;
                syy += dy * dy;
                sxy += dx * dy;
            }
            return new Pairs(x, y, sxx, syy, sxy, mx, my);
        }

        int count() {
            return x.values().length;
        }
    }

    static void register(Map<String, BuiltinFunction> table) {
        Builtins.add(table, "slope", 2, 2, args -> {
            Pairs p = Pairs.of(args.get(0), args.get(1), "slope");
            return new Scalar(slope(p), p.y().dimension().over(p.x().dimension()));
        });
        Builtins.add(table, "intercept", 2, 2, args -> {
            Pairs p = Pairs.of(args.get(0), args.get(1), "intercept");
            return new Scalar(p.meanY() - slope(p) * p.meanX(), p.y().dimension());
        });
        Builtins.add(table, "corr", 2, 2, args -> {
            Pairs p = Pairs.of(args.get(0), args.get(1), "corr");
            if (p.sxx() == 0 || p.syy() == 0) {
                throw new MathError("corr: a vector has no spread");
            }
            return Scalar.of(p.sxy() / Math.sqrt(p.sxx() * p.syy()));
        });
        Builtins.add(table, "cvar", 2, 2, args -> {
            Pairs p = Pairs.of(args.get(0), args.get(1), "cvar");
            Dimension product = p.x().dimension().times(p.y().dimension());
            return new Scalar(p.sxy() / p.count(), product);
        });
    }

    private static double slope(Pairs p) {
        if (p.sxx() == 0) {
            throw new MathError("slope: the x values have no spread");
        }
        return p.sxy() / p.sxx();
    }
}
