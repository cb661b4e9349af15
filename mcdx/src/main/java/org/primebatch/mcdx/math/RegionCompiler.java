package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/** Compiles one region against the worksheet scope, binding the names it defines for the regions below. */
final class RegionCompiler {
    private final Scope worksheet;
    private final Set<String> definedOnce;
    private int origin;

    RegionCompiler(Scope worksheet, Set<String> definedOnce, int origin) {
        this.worksheet = worksheet;
        this.definedOnce = definedOnce;
        this.origin = origin;
    }

    /** Compiles, or records the refusal, binding refused names so that their users are refused too. */
    CompiledRegion compile(MathRegion region) {
        MathExpr math = region.math();
        try {
            return compileOrThrow(region.regionId(), math);
        } catch (Unsupported e) {
            MathExpr target = definitionTarget(math);
            if (target != null) {
                List<String> names = target instanceof MathExpr.Ident id && id.isUnit()
                        ? List.of(UnitExpressions.definedUnitKey(id.name())) : ProgramCompiler.targets(target);
                for (String name : names) {
                    worksheet.refuse(name, e.getMessage() + " (region " + region.regionId() + ")");
                }
            }
            return new CompiledRegion.Refused(region.regionId(), e.getMessage());
        }
    }

    /** The left side of a definition, also of one whose parts are malformed; null for anything else. */
    private static MathExpr definitionTarget(MathExpr math) {
        if (math instanceof MathExpr.Define d) {
            return d.target();
        }
        if (math instanceof MathExpr.Malformed m && (m.element().equals("define") || m.element().equals("globalDefine"))
                && !m.parts().isEmpty()) {
            return m.parts().get(0);
        }
        return null;
    }

    private CompiledRegion compileOrThrow(String regionId, MathExpr math) {
        if (math instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL) {
            return definition(regionId, d.target(), d.value());
        }
        if (math instanceof MathExpr.Eval eval) {
            ExpressionCompiler expressions = new ExpressionCompiler(origin);
            Scope scope = worksheet.region();
            Evaluation evaluation = evaluation(eval, expressions, scope);
            return new CompiledRegion.Definition(regionId, null, -1, false, body(evaluation.node, expressions, scope),
                    true, evaluation.displayUnit);
        }
        if (isInert(math)) {
            return new CompiledRegion.Inert(regionId);
        }
        if (math instanceof MathExpr.Malformed m) {
            throw new Unsupported(m.problem());
        }
        throw new Unsupported(switch (math.element()) {
            case "symEval" -> "symbolic evaluation";
            case "TextBoxScriptableControl", "ComboBoxControl" -> "an input control (" + math.element() + ")";
            default -> "a region of ml:" + math.element();
        });
    }

    /** A region that shows math without defining or evaluating anything. */
    private static boolean isInert(MathExpr math) {
        return math instanceof MathExpr.Ident || math instanceof MathExpr.Apply || math instanceof MathExpr.Operation
                || math instanceof MathExpr.Placeholder || math instanceof MathExpr.Str || math instanceof MathExpr.Num
                || math instanceof MathExpr.MatrixExpr || math instanceof MathExpr.Program
                || math instanceof MathExpr.Parens || math instanceof MathExpr.RangeExpr;
    }

    private record Evaluation(Node node, DisplayUnit displayUnit) {
    }

    private Evaluation evaluation(MathExpr.Eval eval, ExpressionCompiler expressions, Scope scope) {
        if (!eval.unexpected().isEmpty()) {
            throw new Unsupported("ml:" + eval.unexpected().get(0) + " in an evaluation");
        }
        DisplayUnit unit = eval.unit().isPresent() ? UnitExpressions.displayUnit(eval.unit().get(), scope) : null;
        return new Evaluation(expressions.compile(eval.expression(), scope, false), unit);
    }

    private CompiledRegion.Body body(Node node, ExpressionCompiler expressions, Scope scope) {
        return new CompiledRegion.Body(node, scope.layout, rangeSlots(expressions));
    }

    private static List<Integer> rangeSlots(ExpressionCompiler expressions) {
        List<Integer> rangeSlots = new ArrayList<>();
        for (Scope.Resolved r : expressions.rangeUses().values()) {
            rangeSlots.add(r.binding().slot());
        }
        return rangeSlots;
    }

    private CompiledRegion definition(String regionId, MathExpr target, MathExpr value) {
        ExpressionCompiler expressions = new ExpressionCompiler(origin);
        Scope scope = worksheet.region();
        if (target instanceof MathExpr.Ident id) {
            return variable(regionId, id.isUnit() ? UnitExpressions.definedUnitKey(id.name()) : id.name(), value,
                    expressions, scope);
        }
        if (target instanceof MathExpr.FunctionHead f && f.name() instanceof MathExpr.Ident id) {
            String name = id.name();
            Scope.Binding binding = worksheet.define(name, false);
            Node function = expressions.function(name, f.parameters(), value, scope);
            return new CompiledRegion.Definition(regionId, name, binding.slot(), false,
                    body(function, expressions, scope), false, null);
        }
        if (target instanceof MathExpr.Operation o && o.is(Operator.INDEXER)) {
            return element(regionId, o, value, expressions, scope);
        }
        if (target instanceof MathExpr.Operation || target instanceof MathExpr.Apply) {
            throw new Unsupported("a definition of an expression");
        }
        if (target instanceof MathExpr.MatrixExpr m) {
            return multiple(regionId, m, value, expressions, scope);
        }
        throw new Unsupported("a definition of ml:" + target.element());
    }

    private CompiledRegion variable(String regionId, String name, MathExpr value, ExpressionCompiler expressions,
            Scope scope) {
        if (name.equals("ORIGIN")) {
            double origin = value instanceof MathExpr.Num n ? RealLiteral.of(n) : Double.NaN;
            if (origin != 0 && origin != 1) {
                throw new Unsupported("ORIGIN set to something other than 0 or 1");
            }
            this.origin = (int) origin;
            return new CompiledRegion.Definition(regionId, name, -1, false,
                    body(ExpressionCompiler.constant(Scalar.of(this.origin)), expressions, scope), false, null);
        }
        Evaluation evaluation = evaluationOrValue(value, expressions, scope);
        if (!expressions.rangeUses().isEmpty()) {
            throw new Unsupported("the range variable " + expressions.rangeUses().keySet().iterator().next()
                    + " in a definition without a subscript");
        }
        boolean input = definedOnce.add(name);
        boolean evaluated = value instanceof MathExpr.Eval;
        MathExpr defining = value instanceof MathExpr.Eval e ? e.expression() : value;
        Scope.Binding binding = worksheet.define(name, defining instanceof MathExpr.RangeExpr);
        return new CompiledRegion.Definition(regionId, name, binding.slot(), input,
                body(evaluation.node, expressions, scope), evaluated, evaluation.displayUnit);
    }

    /** The value of {@code x := expr =} with its display unit, or of {@code x := expr}. */
    private Evaluation evaluationOrValue(MathExpr value, ExpressionCompiler expressions, Scope scope) {
        return value instanceof MathExpr.Eval eval ? evaluation(eval, expressions, scope)
                : new Evaluation(expressions.compile(value, scope, false), null);
    }

    private CompiledRegion element(String regionId, MathExpr.Operation target, MathExpr value,
            ExpressionCompiler expressions, Scope scope) {
        List<MathExpr> parts = target.operands();
        if (parts.size() != 2 || !(parts.get(0) instanceof MathExpr.Ident id)) {
            throw new Unsupported("a definition of an expression");
        }
        String name = id.name();
        Scope.Resolved earlier = scope.resolve(name);
        Node previous = earlier == null ? null : expressions.read(earlier, false);
        Scope.Binding binding = worksheet.define(name, false);
        definedOnce.add(name);
        List<MathExpr> indexExpressions = indexExpressions(parts.get(1));
        List<Node> indices = compileAll(indexExpressions, expressions, scope);
        boolean evaluated = value instanceof MathExpr.Eval;
        Evaluation evaluation = evaluationOrValue(value, expressions, scope);
        if (evaluated) {
            checkShownTable(indexExpressions, expressions.rangeUses().keySet());
        }
        return new CompiledRegion.ElementDefinition(regionId, name, binding.slot(), previous, evaluation.node, indices,
                scope.layout, rangeSlots(expressions), origin, evaluated, evaluation.displayUnit);
    }

    /**
     * {@code x_i := … =} shows the values it assigns: a column over one range variable, a matrix over two when the
     * subscript is those two variables in order. Other shapes are not known to be shown the same way.
     */
    private static void checkShownTable(List<MathExpr> indices, Set<String> ranges) {
        List<String> rangeNames = List.copyOf(ranges);
        if (rangeNames.isEmpty()) {
            throw new Unsupported("an evaluated element definition without a range variable");
        }
        if (rangeNames.size() == 2) {
            boolean plain = indices.size() == 2
                    && indices.get(0) instanceof MathExpr.Ident row && row.name().equals(rangeNames.get(0))
                    && indices.get(1) instanceof MathExpr.Ident col && col.name().equals(rangeNames.get(1));
            if (!plain) {
                throw new Unsupported("an evaluated element definition over two range variables other than M_(i,j)");
            }
        } else if (rangeNames.size() > 2) {
            throw new Unsupported("an evaluated element definition over " + rangeNames.size() + " range variables");
        }
    }

    private CompiledRegion multiple(String regionId, MathExpr.MatrixExpr target, MathExpr value,
            ExpressionCompiler expressions, Scope scope) {
        List<MathExpr> elements = target.elements();
        if (!elements.isEmpty() && elements.stream().allMatch(RegionCompiler::isElementTarget)) {
            return multipleElements(regionId, target.rows(), target.cols(), elements, value, expressions, scope);
        }
        boolean evaluated = value instanceof MathExpr.Eval;
        Evaluation evaluation = evaluationOrValue(value, expressions, scope);
        if (!expressions.rangeUses().isEmpty()) {
            throw new Unsupported("a range variable in a multiple definition");
        }
        int[] slots = new int[elements.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (!(elements.get(i) instanceof MathExpr.Ident id)) {
                throw new Unsupported("a multiple definition of an expression");
            }
            names.add(id.name());
            definedOnce.add(id.name());
            slots[i] = worksheet.define(id.name(), false).slot();
        }
        return new CompiledRegion.MultipleDefinition(regionId, String.join(", ", names), target.rows(), target.cols(),
                slots, body(evaluation.node, expressions, scope), evaluated, evaluation.displayUnit);
    }

    private static boolean isElementTarget(MathExpr e) {
        return e instanceof MathExpr.Operation o && o.is(Operator.INDEXER) && o.operands().size() == 2
                && o.operands().get(0) instanceof MathExpr.Ident;
    }

    private static String elementName(MathExpr target) {
        return ((MathExpr.Ident) ((MathExpr.Operation) target).operands().get(0)).name();
    }

    /** {@code [x_(0,k); x_(1,k)] := body}: each element of the body, over the range variables used, into its place. */
    private CompiledRegion multipleElements(String regionId, int rows, int cols, List<MathExpr> targets, MathExpr value,
            ExpressionCompiler expressions, Scope scope) {
        if (value instanceof MathExpr.Eval) {
            throw new Unsupported("an evaluated multiple definition of elements");
        }
        Map<String, Integer> slotOf = new LinkedHashMap<>();
        List<Node> previous = new ArrayList<>();
        for (MathExpr target : targets) {
            String name = elementName(target);
            if (!slotOf.containsKey(name)) {
                Scope.Resolved earlier = scope.resolve(name);
                previous.add(earlier == null ? null : expressions.read(earlier, false));
                slotOf.put(name, worksheet.define(name, false).slot());
                definedOnce.add(name);
            }
        }
        List<CompiledRegion.ElementTarget> places = new ArrayList<>();
        for (MathExpr target : targets) {
            List<Node> indices = compileAll(indexExpressions(((MathExpr.Operation) target).operands().get(1)),
                    expressions, scope);
            places.add(new CompiledRegion.ElementTarget(slotOf.get(elementName(target)), indices));
        }
        Node node = expressions.compile(value, scope, false);
        int[] slots = slotOf.values().stream().mapToInt(Integer::intValue).toArray();
        return new CompiledRegion.MultipleElementDefinition(regionId, String.join(", ", slotOf.keySet()), rows, cols,
                slots, previous, places, node, scope.layout, rangeSlots(expressions), origin);
    }

    /** The one or two indices of an element subscript: {@code x_i} or {@code M_(i,j)}. */
    private static List<MathExpr> indexExpressions(MathExpr subscript) {
        List<MathExpr> indices = subscript instanceof MathExpr.Sequence s ? s.items() : List.of(subscript);
        if (indices.size() > 2) {
            throw new Unsupported("a subscript with " + indices.size() + " indices");
        }
        return indices;
    }

    private static List<Node> compileAll(List<MathExpr> expressions, ExpressionCompiler compiler, Scope scope) {
        List<Node> nodes = new ArrayList<>();
        for (MathExpr e : expressions) {
            nodes.add(compiler.compile(e, scope, false));
        }
        return nodes;
    }
}
