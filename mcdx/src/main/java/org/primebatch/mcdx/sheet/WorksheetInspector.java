package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.syntax.IdentifierNames;
import org.primebatch.mcdx.xml.Dom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
        List<IoValue> inputs = sheet.inputs().stream().map(d -> input(d, regions.get(d.regionId()))).toList();
        List<IoValue> outputs = sheet.outputs().stream().map(d -> output(sheet, d, regions.get(d.regionId()))).toList();
        Map<String, Long> counts = new LinkedHashMap<>();
        sheet.countsByKind().forEach((kind, n) -> counts.put(kind.word(), n));
        return new WorksheetInfo(sheet.source(), sheet.settings().unitSystem(), sheet.settings().origin(), inputs, outputs,
                counts);
    }

    private static IoValue input(Designation d, Region region) {
        Optional<MathRegion> math = region == null ? Optional.empty() : region.mathContent();
        if (math.isEmpty()) {
            return missing(d, region, null);
        }
        MathRegion m = math.get();
        ShownValue value = m.definitionBody().map(Literals::read).orElse(ShownValue.none("the region defines nothing"));
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
        ShownValue value;
        if (stored.isEmpty()) {
            value = ShownValue.none("no stored result");
        } else if (stored.get().hasEngineErrors()) {
            value = ShownValue.none("calculation error: " + String.join("; ", stored.get().engineErrors()));
        } else if (!stored.get().hasValue()) {
            value = ShownValue.none("no value stored");
        } else {
            value = StoredValues.read(stored.get().value(), displayUnit(m).orElse(null));
        }
        return io(d, variable(m), value, status);
    }

    /** The defined name, or for a bare {@code x =} the name evaluated. */
    private static String variable(MathRegion m) {
        if (m.definedName() != null) {
            return m.definedName();
        }
        return m.evaluation()
                .flatMap(eval -> Dom.firstChild(eval))
                .filter(e -> Dom.is(e, ML, "id"))
                .map(IdentifierNames::of)
                .orElse(null);
    }

    private static Optional<String> displayUnit(MathRegion m) {
        return m.evaluation()
                .flatMap(eval -> Dom.child(eval, ML, "unitOverride"))
                .flatMap(override -> Dom.firstChild(override))
                .filter(unit -> !Dom.is(unit, ML, "placeholder"))
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
