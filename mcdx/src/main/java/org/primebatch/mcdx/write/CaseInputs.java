package org.primebatch.mcdx.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.sheet.Designation;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.xml.Dom;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.UnitTerm;
import org.primebatch.mcdx.units.Units;
import org.w3c.dom.Element;

/**
 * The inputs of one case matched to the worksheet: each alias to its designated definition, each unit string
 * parsed, each value checked against the kind of literal it replaces.
 */
public final class CaseInputs {
    /**
     * One input: the region it replaces the value of, the name it defines, the value and its parsed unit ({@code unit}
     * and {@code unitTerm} are for no unit the dimensionless 1 and null).
     */
    record Resolved(String alias, int regionId, String name, InputValue value, UnitExpression unit, UnitTerm unitTerm) {
    }

    private CaseInputs() {
    }

    /**
     * The values to run the worksheet's math with ({@code MathProgram.run}), by the variable names the inputs define;
     * in SI, as the written worksheet will compute them.
     *
     * @throws CaseWriteException for an alias that is not a designated input, a unit that does not parse, a value of
     *                            another kind than the literal it replaces
     */
    public static Map<String, Value> overrides(Worksheet sheet, Map<String, InputValue> inputsByAlias) {
        Map<String, Value> out = new LinkedHashMap<>();
        for (Resolved input : resolve(sheet, inputsByAlias)) {
            out.put(input.name(), value(input));
        }
        return out;
    }

    static List<Resolved> resolve(Worksheet sheet, Map<String, InputValue> inputsByAlias) {
        Map<Integer, String> aliasByRegion = new LinkedHashMap<>();
        List<Resolved> out = new ArrayList<>();
        for (Map.Entry<String, InputValue> entry : inputsByAlias.entrySet()) {
            String alias = entry.getKey();
            InputValue value = entry.getValue();
            if (value == null) {
                throw new CaseWriteException("input '" + alias + "' has no value");
            }
            Designation designation = designation(sheet, alias);
            String earlier = aliasByRegion.putIfAbsent(designation.regionId(), alias);
            if (earlier != null) {
                throw new CaseWriteException("inputs '" + earlier + "' and '" + alias + "' both name region "
                        + designation.regionId() + "; give only one of them");
            }
            Region region = sheet.region(designation.regionId()).orElseThrow(() -> new CaseWriteException(
                    "input '" + alias + "' names region " + designation.regionId() + ", which " + sheet.source()
                            + " does not hold"));
            MathRegion math = region.mathContent().filter(MathRegion::isDefinition).orElseThrow(() ->
                    new CaseWriteException("input '" + alias + "' names region " + region.id()
                            + ", which is not a definition"));
            Element target = targetOf(math);
            if (math.definedName() == null || target == null) {
                throw new CaseWriteException("input '" + alias + "' names region " + region.id()
                        + ", which does not define a variable");
            }
            Optional<LiteralKind> kind = LiteralKind.of(target);
            if (kind.isPresent() && !LiteralKind.accepts(kind.get(), value)) {
                throw new CaseWriteException("input '" + alias + "' is " + kind.get().described()
                        + " in the worksheet, and cannot be given " + value.kind());
            }
            out.add(withUnit(alias, region.id(), math.definedName(), value));
        }
        return out;
    }

    /** The element whose value an input replaces: the right-hand side, or the expression of {@code x := … =}. */
    static Element targetOf(MathRegion math) {
        Element defined = Dom.firstChild(math.expression()).orElse(null);
        if (defined == null || Dom.isMath(defined, "function")) {
            return null;
        }
        Element body = math.definitionBody().orElse(null);
        return body != null && Dom.isMath(body, "eval") ? Dom.firstChild(body).orElse(null) : body;
    }

    private static Designation designation(Worksheet sheet, String alias) {
        Optional<Designation> input = sheet.inputs().stream().filter(d -> d.alias().equals(alias)).findFirst();
        if (input.isPresent()) {
            return input.get();
        }
        TreeSet<String> known = new TreeSet<>();
        sheet.inputs().forEach(d -> known.add(d.alias()));
        boolean isOutput = sheet.outputs().stream().anyMatch(d -> d.alias().equals(alias));
        throw new CaseWriteException("'" + alias + "' is " + (isOutput ? "a designated output, not an input" :
                "not a designated input") + " of " + sheet.source() + "; its inputs are "
                + (known.isEmpty() ? "none" : String.join(", ", known)));
    }

    private static Resolved withUnit(String alias, int regionId, String name, InputValue value) {
        String unitText = value instanceof InputValue.Number n ? n.unit()
                : value instanceof InputValue.NumberMatrix m ? m.unit() : "";
        if (unitText.isEmpty()) {
            return new Resolved(alias, regionId, name, value, UnitExpression.DIMENSIONLESS, null);
        }
        UnitTerm term;
        try {
            term = Units.term(unitText);
        } catch (UnitException e) {
            throw new CaseWriteException("the unit of input '" + alias + "' does not parse: " + e.getMessage(), e);
        }
        UnitExpression unit = UnitExpression.typed(unitText, term);
        if (unit.hasOffset() && value instanceof InputValue.NumberMatrix) {
            throw new CaseWriteException("input '" + alias + "' is a matrix in " + unitText
                    + ", a temperature scale with an offset; give it in K or as a difference (Δ" + unitText + ")");
        }
        return new Resolved(alias, regionId, name, value, unit, term);
    }

    static Value value(Resolved input) {
        UnitExpression unit = input.unit();
        if (input.value() instanceof InputValue.Number n) {
            return new Scalar(unit.of(n.value()).si(), unit.dimension());
        }
        if (input.value() instanceof InputValue.NumberMatrix m) {
            List<Value> elements = new ArrayList<>();
            for (double x : m.columnMajor()) {
                elements.add(new Scalar(x * unit.factor(), unit.dimension()));
            }
            return new Matrix(m.rowCount(), m.columnCount(), elements);
        }
        return new Text(((InputValue.Str) input.value()).text());
    }
}
