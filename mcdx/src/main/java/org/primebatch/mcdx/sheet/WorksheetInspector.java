package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.DefinedName;
import org.primebatch.api.IoValue;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * Reports a worksheet's designated inputs and outputs with their current values: inputs from the literal of their
 * definition, outputs from the stored result with its calculation status. Nothing is calculated.
 */
public final class WorksheetInspector {
    private static final String ML = McdxNamespaces.MATH;

    private WorksheetInspector() {
    }

    public static WorksheetInfo inspect(Worksheet sheet) {
        Map<Integer, Region> regions = sheet.regionsById();
        List<IoValue> inputs = sheet.inputs().stream().map(d -> input(sheet, d, regions.get(d.regionId()))).toList();
        List<IoValue> outputs = sheet.outputs().stream().map(d -> output(sheet, d, regions.get(d.regionId()))).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        sheet.countsByKind().forEach((kind, n) -> counts.put(kind.word(), n));
        return new WorksheetInfo(sheet.source(), sheet.settings().unitSystem(), sheet.settings().origin(), inputs, outputs,
                counts);
    }

    /**
     * Every variable a designation by name may name, in the order the worksheet first defines or shows it, with the
     * literal of its first definition or else the result stored for the region that shows it last.
     */
    public static List<DefinedName> definitions(Worksheet sheet) {
        Map<Integer, String> aliases = new LinkedHashMap<>();
        sheet.designations().forEach(d -> aliases.putIfAbsent(d.regionId(), d.alias()));
        List<DefinedName> out = new ArrayList<>();
        for (DefinedVariables.Variable v : DefinedVariables.of(sheet).all()) {
            if (v.inputRegion() == null && v.outputRegion() == null) {
                continue;
            }
            ShownValue value = ShownValue.none("defined by an expression and never shown with =");
            String status = null;
            Optional<MathRegion> definition = v.inputRegion() == null ? Optional.empty() : v.inputRegion().mathContent();
            ShownValue literal = definition.flatMap(MathRegion::definedValue).map(Literals::read).orElse(null);
            if (literal != null && literal.value() != null) {
                value = literal;
            } else if (v.outputRegion() != null && v.outputRegion().mathContent().isPresent()) {
                Optional<StoredResult> stored = sheet.result(v.outputRegion());
                status = stored.map(r -> r.status().word()).orElse(CalculationStatus.NONE.word());
                value = storedValue(stored, v.outputRegion().mathContent().get());
            }
            String designated = v.inputRegion() != null && aliases.containsKey(v.inputRegion().id())
                    ? aliases.get(v.inputRegion().id())
                    : v.outputRegion() == null ? null : aliases.get(v.outputRegion().id());
            out.add(new DefinedName(v.name(), v.inputRegion() == null ? null : v.inputRegion().id(),
                    v.outputRegion() == null ? null : v.outputRegion().id(), value.kind(), value.value(), value.unit(),
                    status, value.note(), designated));
        }
        return out;
    }

    /**
     * An input's value: the literal its definition holds, else for {@code x := expr =} the result Mathcad stored for
     * it when that is up to date.
     */
    private static IoValue input(Worksheet sheet, Designation d, Region region) {
        Optional<MathRegion> math = region == null ? Optional.empty() : region.mathContent();
        if (math.isEmpty()) {
            return missing(d, region, null);
        }
        MathRegion m = math.get();
        ShownValue value = m.definedValue().map(Literals::read).orElse(ShownValue.none("the region defines nothing"));
        if (value.value() == null && m.evaluation().isPresent()) {
            Optional<StoredResult> stored = sheet.result(region);
            if (stored.isPresent() && stored.get().status() == CalculationStatus.SYNCHRONIZED) {
                ShownValue computed = storedValue(stored, m);
                if (computed.value() != null) {
                    value = new ShownValue(computed.kind(), computed.value(), computed.unit(),
                            "the value Mathcad computed for the expression that defines it");
                }
            }
        }
        return io(d, m.definedName(), value, null);
    }

    private static IoValue output(Worksheet sheet, Designation d, Region region) {
        Optional<MathRegion> math = region == null ? Optional.empty() : region.mathContent();
        if (math.isEmpty()) {
            return missing(d, region, CalculationStatus.NONE.word());
        }
        MathRegion m = math.get();
        Optional<StoredResult> stored = sheet.result(region);
        String status = stored.map(r -> r.status().word()).orElse(CalculationStatus.NONE.word());
        return io(d, variable(m), storedValue(stored, m), status);
    }

    private static ShownValue storedValue(Optional<StoredResult> stored, MathRegion m) {
        if (stored.isEmpty()) {
            return ShownValue.none("no stored result");
        } else if (stored.get().hasEngineErrors()) {
            return ShownValue.none("calculation error: " + String.join("; ", stored.get().engineErrors()));
        } else if (!stored.get().hasValue()) {
            return ShownValue.none("no value stored");
        }
        return StoredValues.read(stored.get().value(), displayUnit(m).orElse(null));
    }

    /** The defined name, or for a bare {@code x =} the name evaluated. */
    private static String variable(MathRegion m) {
        if (m.definedName() != null) {
            return m.definedName();
        }
        return m.evaluation()
                .map(MathExpr.Eval::expression)
                .filter(MathExpr.Ident.class::isInstance)
                .map(e -> ((MathExpr.Ident) e).name())
                .orElse(null);
    }

    private static Optional<String> displayUnit(MathRegion m) {
        return m.evaluation()
                .flatMap(MathExpr.Eval::typedUnit)
                .flatMap(UnitText::ofExpression);
    }

    private static IoValue missing(Designation d, Region region, String status) {
        String note = region == null ? "the worksheet has no region " + d.regionId()
                : "region " + d.regionId() + " is " + region.kind().word() + ", not math";
        return new IoValue(d.alias(), d.regionId(), null, null, null, null, status, note);
    }

    private static IoValue io(Designation d, String variable, ShownValue value, String status) {
        return new IoValue(d.alias(), d.regionId(), variable, value.kind(), value.value(), value.unit(), status, value.note());
    }
}
