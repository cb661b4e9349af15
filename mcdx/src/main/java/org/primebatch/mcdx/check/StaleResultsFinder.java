package org.primebatch.mcdx.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.StaleResults;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.sheet.NumberLiteral;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.StoredResult;
import org.primebatch.mcdx.units.Quantity;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.Units;

/**
 * Decides whether the values a check found different are consistent with stale stored results, and says so.
 *
 * <p>The rule: a worksheet's mismatches are consistent with stale results when there are other values for some of
 * its input definitions (definitions of a typed-in number, such as {@code A := 30 in}) with which the native engine
 * reproduces every stored value it compares, those it matched with the worksheet's own inputs and those it did not.
 * Such values are a witness: the stored results are what the worksheet computes for them, so they were most likely
 * calculated before those inputs were edited, and saved without recalculating. A mismatch downstream of another one
 * (a value computed from a stale value) is covered too, since the older input reproduces both.
 *
 * <p>The witness is searched one input at a time, by the secant method on a mismatched number that depends on that
 * input, and every candidate is checked by running the whole worksheet; a witness that is not found means no claim,
 * never a weaker one. The search is bounded ({@link #MAX_RUNS} runs of the worksheet).
 */
final class StaleResultsFinder {
    static final int MAX_RUNS = 400;
    private static final int ROUNDS = 3;
    private static final int SECANT_STEPS = 30;

    /**
     * A stored value the check compared, with what it needs to be compared again after another run; {@code stored}
     * is null for a stored error, which only an error reproduces.
     */
    private record Compared(Region region, StoredValue stored) {
        String id() {
            return Integer.toString(region.id());
        }
    }

    /** An input definition whose value may be replaced: its region, the name it defines, its value and literal. */
    private record Input(Region region, String name, Scalar value, NumberLiteral literal) {
    }

    private final CompiledWorksheet compiled;
    private final Results base;
    private final List<Compared> compared;
    private int runs;

    private StaleResultsFinder(CompiledWorksheet compiled, Results base, List<Compared> compared) {
        this.compiled = compiled;
        this.base = base;
        this.compared = compared;
    }

    /**
     * The explanation of {@code values}' mismatches as stale results, or empty when they have none or are not
     * consistent with stale results.
     *
     * @param base   the run of the worksheet with its own inputs, which the check compared
     * @param values every value the check compared
     */
    static Optional<StaleResults> find(CompiledWorksheet compiled, Results base, List<CheckedValue> values) {
        List<Integer> mismatched = values.stream().filter(v -> CheckedValue.MISMATCHED.equals(v.status()))
                .map(CheckedValue::region).toList();
        if (mismatched.isEmpty()) {
            return Optional.empty();
        }
        List<Compared> compared = new ArrayList<>();
        for (CheckedValue value : values) {
            if (!CheckedValue.MATCHED.equals(value.status()) && !CheckedValue.MISMATCHED.equals(value.status())) {
                continue;
            }
            Region region = compiled.sheet().region(value.region()).orElseThrow();
            Optional<StoredValue> stored = compiled.sheet().result(region).filter(StoredResult::hasValue)
                    .flatMap(StoredResult::result).map(StoredValueReader::read);
            compared.add(new Compared(region, stored.orElse(null)));
        }
        return new StaleResultsFinder(compiled, base, compared).explain(mismatched);
    }

    private Optional<StaleResults> explain(List<Integer> mismatched) {
        List<Input> inputs = inputs();
        if (inputs.isEmpty()) {
            return Optional.empty();
        }
        Map<Input, Set<Compared>> dependents = new LinkedHashMap<>();
        for (Input input : inputs) {
            if (runs >= MAX_RUNS) {
                return Optional.empty();
            }
            Results moved = run(Map.of(input.name(), new Scalar(nudged(input.value().si()), input.value().dimension())));
            Set<Compared> changed = new LinkedHashSet<>();
            for (Compared c : compared) {
                if (!sameValue(base.of(c.id()), moved.of(c.id()))) {
                    changed.add(c);
                }
            }
            dependents.put(input, changed);
        }
        Map<Input, Scalar> witness = new LinkedHashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            Results current = run(overrides(witness));
            List<Compared> unreproduced = compared.stream().filter(c -> !reproduces(current, c)).toList();
            if (unreproduced.isEmpty()) {
                return Optional.of(report(witness, mismatched));
            }
            boolean progress = false;
            for (Compared target : unreproduced) {
                if (!(target.stored() instanceof StoredValue.Number) || runs >= MAX_RUNS) {
                    continue;
                }
                if (progress && reproduces(run(overrides(witness)), target)) {
                    continue;
                }
                // an input not yet in the witness first: one already there reproduces other values
                List<Input> candidates = new ArrayList<>();
                dependents.forEach((input, changed) -> {
                    if (changed.contains(target) && !witness.containsKey(input)) {
                        candidates.add(input);
                    }
                });
                dependents.forEach((input, changed) -> {
                    if (changed.contains(target) && witness.containsKey(input)) {
                        candidates.add(input);
                    }
                });
                for (Input input : candidates) {
                    Optional<Scalar> found = solve(target, input, witness);
                    if (found.isPresent()) {
                        witness.put(input, found.get());
                        progress = true;
                        break;
                    }
                }
            }
            if (!progress) {
                return Optional.empty();
            }
        }
        Results last = run(overrides(witness));
        return compared.stream().allMatch(c -> reproduces(last, c)) ? Optional.of(report(witness, mismatched)) : Optional.empty();
    }

    /** Definitions of a typed-in number, each name defined once in the worksheet, in reading order. */
    private List<Input> inputs() {
        Map<String, Integer> definitions = new HashMap<>();
        for (Region region : compiled.sheet().regions()) {
            region.mathContent().filter(MathRegion::isDefinition).map(MathRegion::definedName)
                    .ifPresent(name -> definitions.merge(name, 1, Integer::sum));
        }
        List<Input> inputs = new ArrayList<>();
        for (Region region : compiled.sheet().regions()) {
            if (region.mathContent().isEmpty()) {
                continue;
            }
            MathRegion math = region.mathContent().get();
            Optional<NumberLiteral> literal = NumberLiteral.of(math);
            if (literal.isEmpty() || definitions.getOrDefault(math.definedName(), 0) != 1) {
                continue;
            }
            Value value = valueOf(base.of(Integer.toString(region.id())));
            if (value instanceof Scalar scalar) {
                inputs.add(new Input(region, math.definedName(), scalar, literal.get()));
            }
        }
        return inputs;
    }

    /**
     * A value of {@code input} with which {@code target}'s stored number is reproduced, the other inputs of
     * {@code witness} kept; empty when the secant method does not reach one.
     */
    private Optional<Scalar> solve(Compared target, Input input, Map<Input, Scalar> witness) {
        double target0 = storedSi(target);
        double x0 = witness.getOrDefault(input, input.value()).si();
        double x1 = nudged(x0);
        double f0 = gap(target, input, witness, x0, target0);
        double f1 = gap(target, input, witness, x1, target0);
        for (int step = 0; step < SECANT_STEPS && runs < MAX_RUNS; step++) {
            if (!Double.isFinite(f0) || !Double.isFinite(f1) || f1 == f0) {
                return Optional.empty();
            }
            double x2 = x1 - f1 * (x1 - x0) / (f1 - f0);
            if (!Double.isFinite(x2)) {
                return Optional.empty();
            }
            Scalar candidate = new Scalar(x2, input.value().dimension());
            Map<Input, Scalar> tried = new LinkedHashMap<>(witness);
            tried.put(input, candidate);
            Results results = run(overrides(tried));
            if (reproduces(results, target)) {
                return Optional.of(candidate);
            }
            x0 = x1;
            f0 = f1;
            x1 = x2;
            f1 = gapIn(results, target, target0);
        }
        return Optional.empty();
    }

    private double gap(Compared target, Input input, Map<Input, Scalar> witness, double x, double storedSi) {
        Map<Input, Scalar> tried = new LinkedHashMap<>(witness);
        tried.put(input, new Scalar(x, input.value().dimension()));
        return gapIn(run(overrides(tried)), target, storedSi);
    }

    private static double gapIn(Results results, Compared target, double storedSi) {
        Value value = valueOf(results.of(target.id()));
        if (value instanceof Matrix m && m.rows() == 1 && m.cols() == 1) {
            value = m.elements().get(0);
        }
        return value instanceof Scalar s ? s.si() - storedSi : Double.NaN;
    }

    private double storedSi(Compared target) {
        Optional<DisplayUnit> display = displayUnit(base.of(target.id()));
        return ValueComparison.storedSi((StoredValue.Number) target.stored(), display);
    }

    private boolean reproduces(Results results, Compared c) {
        Outcome outcome = results.of(c.id());
        if (c.stored() == null) {
            return outcome instanceof Outcome.Failed;
        }
        Value value = valueOf(outcome);
        return value != null && ValueComparison.difference(value, c.stored(), displayUnit(outcome)).isEmpty();
    }

    private Results run(Map<String, Value> overrides) {
        runs++;
        return compiled.program().run(overrides);
    }

    private static Map<String, Value> overrides(Map<Input, Scalar> witness) {
        Map<String, Value> overrides = new LinkedHashMap<>();
        witness.forEach((input, value) -> overrides.put(input.name(), value));
        return overrides;
    }

    private static double nudged(double x) {
        return x == 0 ? 1 : x * 1.5;
    }

    private static Value valueOf(Outcome outcome) {
        return outcome instanceof Outcome.Evaluated e ? e.value() : outcome instanceof Outcome.Defined d ? d.value() : null;
    }

    private static Optional<DisplayUnit> displayUnit(Outcome outcome) {
        return outcome instanceof Outcome.Evaluated e ? e.displayUnit() : Optional.empty();
    }

    private static boolean sameValue(Outcome a, Outcome b) {
        Value x = valueOf(a);
        Value y = valueOf(b);
        return x == null ? y == null && a.getClass() == b.getClass() : x.equals(y);
    }

    private StaleResults report(Map<Input, Scalar> witness, List<Integer> mismatched) {
        List<StaleResults.OlderInput> older = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        witness.forEach((input, value) -> {
            String stored = shown(value, input.literal());
            older.add(new StaleResults.OlderInput(input.region().id(), input.name(), input.literal().display(), stored));
            phrases.add(input.name() + " = " + stored + " (the worksheet has " + input.literal().display() + ")");
        });
        int n = mismatched.size();
        String summary = (n == 1 ? "The value that does not match is" : "The " + n + " values that do not match are")
                + " consistent with stale stored results: with " + String.join(" and ", phrases)
                + ", the native engine reproduces every stored value it compares. The results were most likely"
                + " calculated before " + (witness.size() == 1 ? "this input was" : "these inputs were")
                + " changed, and the worksheet saved without recalculating.";
        return new StaleResults(summary, REMEDY, older, mismatched);
    }

    static final String REMEDY = "Open the worksheet in Mathcad Prime, recalculate it (Ctrl+F5) and save it; or run"
            + " primebatch check with --with mathcad, which has Mathcad Prime recalculate a private copy and compares the"
            + " native engine with those results. Primebatch never changes a stored value. If the values still differ"
            + " after recalculating, the native engine computes this worksheet differently, and its batches run on"
            + " Mathcad.";

    /** {@code value} in the literal's own unit, with at most 10 significant digits. */
    private static String shown(Scalar value, NumberLiteral literal) {
        double number = value.si();
        String unit = literal.unit();
        if (unit != null) {
            try {
                number = Units.parse(unit).valueOf(new Quantity(value.si(), value.dimension()));
            } catch (UnitException e) {
                return value.toString();
            }
        }
        String digits = new BigDecimal(number).round(new MathContext(10)).stripTrailingZeros().toPlainString();
        return unit == null ? digits : digits + " " + unit;
    }
}
