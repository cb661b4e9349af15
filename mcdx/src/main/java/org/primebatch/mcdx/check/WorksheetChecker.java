package org.primebatch.mcdx.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.StaleResults;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.sheet.CalculationStatus;
import org.primebatch.mcdx.sheet.DefinedVariables;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.StoredResult;
import org.primebatch.mcdx.sheet.Worksheet;

/**
 * Evaluates a worksheet with its stored inputs and compares every stored value. The native engine runs batches on a
 * worksheet only when every designated output matched, nothing anywhere mismatched and every designated input is a
 * definition the engine can replace. A worksheet that designates no output gives its reports alone (per-case PDF and
 * worksheet): every value it shows then counts as an output, so the engine runs it only when it reproduced each
 * of them and refused no region.
 */
public final class WorksheetChecker {
    private WorksheetChecker() {
    }

    public static WorksheetCheck check(CompiledWorksheet compiled) {
        Results results = compiled.program().run(Map.of());
        List<CheckedValue> values = new ArrayList<>();
        Map<Integer, CheckedValue> byRegion = new HashMap<>();
        for (Region region : compiled.sheet().regions()) {
            // only evaluations show a value; a stored result of a plain definition is not one Mathcad displays
            Optional<StoredResult> stored = region.mathContent().flatMap(m -> m.evaluation()).isPresent()
                    ? compiled.sheet().result(region) : Optional.empty();
            if (stored.isEmpty() || !(stored.get().hasValue() || stored.get().hasEngineErrors())) {
                continue;
            }
            CheckedValue value = compare(compiled, region, stored.get(), results);
            values.add(value);
            byRegion.put(region.id(), value);
        }
        List<CheckedValue> outputs = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        for (Designation output : compiled.sheet().outputs()) {
            CheckedValue value = byRegion.get(output.regionId());
            if (value == null) {
                value = new CheckedValue(output.regionId(), output.alias(), CheckedValue.UNSUPPORTED, null, null,
                        "no stored value to compare");
            }
            outputs.add(value);
            if (!value.isMatch()) {
                reasons.add("output " + output.alias() + " (region " + output.regionId() + ") is " + value.status()
                        + (value.reason() == null ? "" : ": " + value.reason()));
            }
        }
        if (compiled.sheet().outputs().isEmpty()) {
            List<String> gaps = reportGaps(compiled, results, byRegion);
            if (!gaps.isEmpty()) {
                reasons.add("the worksheet designates no outputs, so a batch gives its reports alone, and the native engine"
                        + " reproduces only some of what they show: " + String.join("; ", gaps.subList(0, Math.min(3, gaps.size())))
                        + (gaps.size() > 3 ? " (and " + (gaps.size() - 3) + " more)" : ""));
            }
        }
        DefinedVariables variables = DefinedVariables.of(compiled.sheet());
        for (Designation input : compiled.sheet().inputs()) {
            String why = replaceable(compiled, input, results, variables);
            if (why != null) {
                reasons.add("input " + input.alias() + " (region " + input.regionId() + ") " + why);
            }
        }
        long mismatched = values.stream().filter(v -> CheckedValue.MISMATCHED.equals(v.status())).count();
        StaleResults stale = StaleResultsFinder.find(compiled, results, values).orElse(null);
        if (mismatched > 0) {
            reasons.add(mismatched + " stored value" + (mismatched == 1 ? " does" : "s do") + " not match the native engine's"
                    + (stale == null ? "" : " (consistent with stale stored results: recalculate the worksheet in Mathcad Prime and save it)"));
        }
        return new WorksheetCheck(compiled.sheet().source(), (int) values.stream().filter(CheckedValue::isMatch).count(), (int) mismatched,
                count(values, CheckedValue.UNSUPPORTED), count(values, CheckedValue.STALE), outputs, reasons.isEmpty(),
                reasons, values, stale);
    }

    /**
     * Why the native engine's report of a worksheet without outputs could not be trusted: every value the worksheet
     * shows (each evaluation) must be reproduced as an output would be, and no region refused; empty when none.
     */
    private static List<String> reportGaps(CompiledWorksheet compiled, Results results, Map<Integer, CheckedValue> byRegion) {
        List<String> gaps = new ArrayList<>();
        boolean shows = false;
        for (Region region : compiled.sheet().regions()) {
            if (region.mathContent().flatMap(m -> m.evaluation()).isEmpty()) {
                continue;
            }
            shows = true;
            CheckedValue value = byRegion.get(region.id());
            if (value == null) {
                gaps.add("region " + region.id() + " shows a value Mathcad did not store");
            } else if (!CheckedValue.MATCHED.equals(value.status())) {
                gaps.add("region " + region.id() + " is " + value.status() + (value.reason() == null ? "" : ": " + value.reason()));
            }
        }
        results.byRegion().forEach((id, outcome) -> {
            if (outcome instanceof Outcome.Refused r && gaps.stream().noneMatch(g -> g.startsWith("region " + id + " "))) {
                gaps.add("region " + id + " is not supported: " + r.reason());
            }
        });
        if (!shows) {
            gaps.add(0, "it shows no value (=) to reproduce");
        }
        return gaps;
    }

    private static String replaceable(CompiledWorksheet compiled, Designation input, Results results, DefinedVariables variables) {
        Optional<Region> region = compiled.sheet().region(input.regionId());
        if (region.isEmpty() || region.get().mathContent().isEmpty() || !region.get().mathContent().get().isDefinition()) {
            return "is not a definition";
        }
        String name = region.get().mathContent().get().definedName();
        Optional<DefinedVariables.Variable> variable = name == null ? Optional.empty() : variables.get(name);
        if (variable.isPresent() && (variable.get().inputRegion() == null || variable.get().inputRegion().id() != input.regionId())) {
            return "is not the first definition of " + name + " the worksheet calculates, which is the one the native engine"
                    + " replaces" + (variable.get().inputRegion() != null ? " (region " + variable.get().inputRegion().id() + ")"
                    : ": " + variable.get().whyNotInput());
        }
        Outcome outcome = results.of(Integer.toString(input.regionId()));
        if (outcome instanceof Outcome.Refused r) {
            return "is not supported: " + r.reason();
        }
        if (outcome instanceof Outcome.Failed f) {
            return "fails: " + f.error().getMessage();
        }
        return null;
    }

    private static CheckedValue compare(CompiledWorksheet compiled, Region region, StoredResult stored, Results results) {
        String name = region.mathContent().get().definedName();
        StoredValue storedValue = stored.result().map(StoredValueReader::read)
                .orElse(new StoredValue.Unreadable("an error"));
        Outcome outcome = results.of(Integer.toString(region.id()));
        Optional<DisplayUnit> display = outcome instanceof Outcome.Evaluated e ? e.displayUnit() : Optional.empty();
        String storedText = stored.hasValue() ? ValueText.of(storedValue, display) : "error: " + String.join("; ", stored.engineErrors());
        if (stored.status() == CalculationStatus.PENDING) {
            return new CheckedValue(region.id(), name, CheckedValue.STALE, computedText(outcome), storedText,
                    "Mathcad marked the stored value Pending (not recalculated)");
        }
        if (outcome instanceof Outcome.Refused r) {
            return new CheckedValue(region.id(), name, CheckedValue.UNSUPPORTED, null, storedText, r.reason());
        }
        if (outcome instanceof Outcome.Failed f) {
            if (!stored.hasValue()) {
                return new CheckedValue(region.id(), name, CheckedValue.MATCHED, "error: " + f.error().getMessage(), storedText, null);
            }
            return new CheckedValue(region.id(), name, CheckedValue.UNSUPPORTED, "error: " + f.error().getMessage(), storedText,
                    "the native engine reports an error where Mathcad stored a value");
        }
        Value value = outcome instanceof Outcome.Evaluated e ? e.value() : outcome instanceof Outcome.Defined d ? d.value() : null;
        if (value == null || !(value instanceof Scalar || value instanceof Text || value instanceof Matrix)) {
            return new CheckedValue(region.id(), name, CheckedValue.UNSUPPORTED, value == null ? null : value.kind(), storedText,
                    value == null ? "the region is not evaluated" : "a stored " + value.kind() + " is not compared");
        }
        if (!stored.hasValue()) {
            return new CheckedValue(region.id(), name, CheckedValue.MISMATCHED, ValueText.of(value, display), storedText,
                    "Mathcad reported an error, the native engine a value");
        }
        Optional<String> unreadable = unreadable(storedValue);
        if (unreadable.isPresent()) {
            return new CheckedValue(region.id(), name, CheckedValue.UNSUPPORTED, ValueText.of(value, display), storedText,
                    "cannot read " + unreadable.get());
        }
        Optional<String> difference = ValueComparison.difference(value, storedValue, display);
        double tolerance = compiled.program().tolerance(Integer.toString(region.id()));
        if (difference.isPresent() && tolerance > ValueComparison.RELATIVE
                && ValueComparison.difference(value, storedValue, display, tolerance).isEmpty()) {
            return new CheckedValue(region.id(), name, CheckedValue.MATCHED_WITHIN_TOLERANCE,
                    ValueText.of(value, display), storedText, "within the relative tolerance " + tolerance
                    + " of the iterative or adaptive result it depends on", tolerance);
        }
        return new CheckedValue(region.id(), name, difference.isEmpty() ? CheckedValue.MATCHED : CheckedValue.MISMATCHED,
                ValueText.of(value, display), storedText, difference.orElse(null));
    }

    private static Optional<String> unreadable(StoredValue value) {
        if (value instanceof StoredValue.Unreadable u) {
            return Optional.of(u.what());
        }
        if (value instanceof StoredValue.Grid g) {
            return g.elements().stream().map(WorksheetChecker::unreadable).flatMap(Optional::stream).findFirst();
        }
        return Optional.empty();
    }

    /** Opens, compiles and checks a worksheet file. */
    public static WorksheetCheck check(Path worksheet) {
        return check(CompiledWorksheet.of(org.primebatch.mcdx.sheet.Worksheet.open(worksheet)));
    }

    private static String computedText(Outcome outcome) {
        if (outcome instanceof Outcome.Evaluated e) {
            return ValueText.of(e.value(), e.displayUnit());
        }
        return outcome instanceof Outcome.Defined d ? ValueText.of(d.value(), Optional.empty()) : null;
    }

    private static int count(List<CheckedValue> values, String status) {
        return (int) values.stream().filter(v -> status.equals(v.status())).count();
    }
}
