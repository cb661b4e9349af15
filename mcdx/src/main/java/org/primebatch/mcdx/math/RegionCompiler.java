package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/** Compiles one region against the worksheet scope, binding the names it defines for the regions below. */
final class RegionCompiler {
    private static final Set<String> INERT = Set.of("id", "apply", "placeholder", "str", "real", "matrix", "program",
            "parens", "range");

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
        Element math = region.math();
        try {
            return compileOrThrow(region.regionId(), math);
        } catch (Unsupported e) {
            if (isDefinition(math)) {
                Element target = Dom.children(math).get(0);
                List<String> names = isUnit(target) ? List.of(UnitExpressions.definedUnitKey(Names.of(target)))
                        : ProgramCompiler.targets(target);
                for (String name : names) {
                    worksheet.refuse(name, e.getMessage() + " (region " + region.regionId() + ")");
                }
            }
            return new CompiledRegion.Refused(region.regionId(), e.getMessage());
        }
    }

    private static boolean isUnit(Element target) {
        return Dom.hasName(target, "id") && "UNIT".equals(target.getAttribute("labels"));
    }

    static boolean isDefinition(Element math) {
        return Dom.hasName(math, "define") || Dom.hasName(math, "globalDefine");
    }

    private CompiledRegion compileOrThrow(String regionId, Element math) {
        String kind = Dom.name(math);
        if (isDefinition(math)) {
            List<Element> parts = Dom.children(math);
            if (parts.size() != 2) {
                throw new Unsupported("a definition with " + parts.size() + " parts");
            }
            return definition(regionId, parts.get(0), parts.get(1));
        }
        if (kind.equals("eval")) {
            ExpressionCompiler expressions = new ExpressionCompiler(origin);
            Scope scope = worksheet.region();
            Evaluation evaluation = evaluation(math, expressions, scope);
            return new CompiledRegion.Definition(regionId, null, -1, false, body(evaluation.node, expressions, scope),
                    true, evaluation.displayUnit);
        }
        if (INERT.contains(kind)) {
            return new CompiledRegion.Inert(regionId);
        }
        throw new Unsupported(switch (kind) {
            case "symEval" -> "symbolic evaluation";
            case "TextBoxScriptableControl", "ComboBoxControl" -> "an input control (" + kind + ")";
            default -> "a region of ml:" + kind;
        });
    }

    private record Evaluation(Node node, DisplayUnit displayUnit) {
    }

    private Evaluation evaluation(Element eval, ExpressionCompiler expressions, Scope scope) {
        List<Element> parts = Dom.children(eval);
        if (parts.isEmpty()) {
            throw new Unsupported("an empty evaluation");
        }
        DisplayUnit unit = null;
        for (Element part : parts.subList(1, parts.size())) {
            if (Dom.hasName(part, "unitOverride")) {
                unit = UnitExpressions.displayUnit(part, scope);
            } else {
                throw new Unsupported("ml:" + Dom.name(part) + " in an evaluation");
            }
        }
        return new Evaluation(expressions.compile(parts.get(0), scope, false), unit);
    }

    private CompiledRegion.Body body(Node node, ExpressionCompiler expressions, Scope scope) {
        List<Integer> rangeSlots = new ArrayList<>();
        for (Scope.Resolved r : expressions.rangeUses().values()) {
            rangeSlots.add(r.binding().slot());
        }
        return new CompiledRegion.Body(node, scope.layout, rangeSlots);
    }

    private CompiledRegion definition(String regionId, Element target, Element value) {
        ExpressionCompiler expressions = new ExpressionCompiler(origin);
        Scope scope = worksheet.region();
        return switch (Dom.name(target)) {
            case "id" -> variable(regionId, isUnit(target) ? UnitExpressions.definedUnitKey(Names.of(target))
                    : Names.of(target), value, expressions, scope);
            case "function" -> {
                List<Element> parts = Dom.children(target);
                String name = Names.of(parts.get(0));
                Scope.Binding binding = worksheet.define(name, false);
                Node function = expressions.function(name, Dom.children(parts.get(1)), value, scope);
                yield new CompiledRegion.Definition(regionId, name, binding.slot(), false,
                        body(function, expressions, scope), false, null);
            }
            case "apply" -> element(regionId, target, value, expressions, scope);
            case "matrix" -> multiple(regionId, target, value, expressions, scope);
            default -> throw new Unsupported("a definition of ml:" + Dom.name(target));
        };
    }

    private CompiledRegion variable(String regionId, String name, Element value, ExpressionCompiler expressions,
            Scope scope) {
        if (name.equals("ORIGIN")) {
            if (!Dom.hasName(value, "real") || (RealLiteral.of(value) != 0 && RealLiteral.of(value) != 1)) {
                throw new Unsupported("ORIGIN set to something other than 0 or 1");
            }
            origin = (int) RealLiteral.of(value);
            return new CompiledRegion.Definition(regionId, name, -1, false,
                    body(ExpressionCompiler.constant(Scalar.of(origin)), expressions, scope), false, null);
        }
        boolean evaluated = Dom.hasName(value, "eval");
        Node node;
        DisplayUnit unit = null;
        if (evaluated) {
            Evaluation evaluation = evaluation(value, expressions, scope);
            node = evaluation.node;
            unit = evaluation.displayUnit;
        } else {
            node = expressions.compile(value, scope, false);
        }
        if (!expressions.rangeUses().isEmpty()) {
            throw new Unsupported("the range variable " + expressions.rangeUses().keySet().iterator().next()
                    + " in a definition without a subscript");
        }
        boolean input = definedOnce.add(name);
        Element defining = evaluated ? Dom.children(value).get(0) : value;
        Scope.Binding binding = worksheet.define(name, Dom.hasName(defining, "range"));
        return new CompiledRegion.Definition(regionId, name, binding.slot(), input, body(node, expressions, scope),
                evaluated, unit);
    }

    private CompiledRegion element(String regionId, Element target, Element value, ExpressionCompiler expressions,
            Scope scope) {
        List<Element> parts = Dom.children(target);
        if (parts.size() != 3 || !Dom.hasName(parts.get(0), "indexer") || !Dom.hasName(parts.get(1), "id")) {
            throw new Unsupported("a definition of an expression");
        }
        String name = Names.of(parts.get(1));
        Scope.Resolved earlier = scope.resolve(name);
        Node previous = earlier == null ? null : expressions.read(earlier, false);
        Scope.Binding binding = worksheet.define(name, false);
        definedOnce.add(name);
        List<Element> indexElements = indexElements(parts.get(2));
        List<Node> indices = compileAll(indexElements, expressions, scope);
        boolean evaluated = Dom.hasName(value, "eval");
        Evaluation evaluation = evaluated ? evaluation(value, expressions, scope)
                : new Evaluation(expressions.compile(value, scope, false), null);
        List<Integer> rangeSlots = new ArrayList<>();
        for (Scope.Resolved r : expressions.rangeUses().values()) {
            rangeSlots.add(r.binding().slot());
        }
        if (evaluated) {
            checkShownTable(indexElements, expressions.rangeUses().keySet());
        }
        return new CompiledRegion.ElementDefinition(regionId, name, binding.slot(), previous, evaluation.node, indices,
                scope.layout, rangeSlots, origin, evaluated, evaluation.displayUnit);
    }

    /**
     * {@code x_i := … =} shows the values it assigns: a column over one range variable, a matrix over two when the
     * subscript is those two variables in order. Other shapes are not known to be shown the same way.
     */
    private static void checkShownTable(List<Element> indices, Set<String> ranges) {
        List<String> rangeNames = List.copyOf(ranges);
        if (rangeNames.isEmpty()) {
            throw new Unsupported("an evaluated element definition without a range variable");
        }
        if (rangeNames.size() == 2) {
            boolean plain = indices.size() == 2 && indices.stream().allMatch(i -> Dom.hasName(i, "id"))
                    && Names.of(indices.get(0)).equals(rangeNames.get(0))
                    && Names.of(indices.get(1)).equals(rangeNames.get(1));
            if (!plain) {
                throw new Unsupported("an evaluated element definition over two range variables other than M_(i,j)");
            }
        } else if (rangeNames.size() > 2) {
            throw new Unsupported("an evaluated element definition over " + rangeNames.size() + " range variables");
        }
    }

    private CompiledRegion multiple(String regionId, Element target, Element value, ExpressionCompiler expressions,
            Scope scope) {
        int rows = Integer.parseInt(target.getAttribute("rows"));
        int cols = Integer.parseInt(target.getAttribute("cols"));
        List<Element> elements = Dom.children(target);
        if (!elements.isEmpty() && elements.stream().allMatch(RegionCompiler::isElementTarget)) {
            return multipleElements(regionId, rows, cols, elements, value, expressions, scope);
        }
        boolean evaluated = Dom.hasName(value, "eval");
        Evaluation evaluation = evaluated ? evaluation(value, expressions, scope)
                : new Evaluation(expressions.compile(value, scope, false), null);
        if (!expressions.rangeUses().isEmpty()) {
            throw new Unsupported("a range variable in a multiple definition");
        }
        int[] slots = new int[elements.size()];
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (!Dom.hasName(elements.get(i), "id")) {
                throw new Unsupported("a multiple definition of an expression");
            }
            String name = Names.of(elements.get(i));
            names.add(name);
            definedOnce.add(name);
            slots[i] = worksheet.define(name, false).slot();
        }
        return new CompiledRegion.MultipleDefinition(regionId, String.join(", ", names), rows, cols, slots,
                body(evaluation.node, expressions, scope), evaluated, evaluation.displayUnit);
    }

    private static boolean isElementTarget(Element e) {
        List<Element> parts = Dom.children(e);
        return Dom.hasName(e, "apply") && parts.size() == 3 && Dom.hasName(parts.get(0), "indexer") && Dom.hasName(parts.get(1), "id");
    }

    /** {@code [x_(0,k); x_(1,k)] := body}: each element of the body, over the range variables used, into its place. */
    private CompiledRegion multipleElements(String regionId, int rows, int cols, List<Element> targets, Element value,
            ExpressionCompiler expressions, Scope scope) {
        if (Dom.hasName(value, "eval")) {
            throw new Unsupported("an evaluated multiple definition of elements");
        }
        Map<String, Integer> slotOf = new LinkedHashMap<>();
        List<Node> previous = new ArrayList<>();
        for (Element target : targets) {
            String name = Names.of(Dom.children(target).get(1));
            if (!slotOf.containsKey(name)) {
                Scope.Resolved earlier = scope.resolve(name);
                previous.add(earlier == null ? null : expressions.read(earlier, false));
                slotOf.put(name, worksheet.define(name, false).slot());
                definedOnce.add(name);
            }
        }
        List<CompiledRegion.ElementTarget> places = new ArrayList<>();
        for (Element target : targets) {
            List<Element> parts = Dom.children(target);
            List<Node> indices = compileAll(indexElements(parts.get(2)), expressions, scope);
            places.add(new CompiledRegion.ElementTarget(slotOf.get(Names.of(parts.get(1))), indices));
        }
        Node node = expressions.compile(value, scope, false);
        List<Integer> rangeSlots = new ArrayList<>();
        for (Scope.Resolved r : expressions.rangeUses().values()) {
            rangeSlots.add(r.binding().slot());
        }
        int[] slots = slotOf.values().stream().mapToInt(Integer::intValue).toArray();
        return new CompiledRegion.MultipleElementDefinition(regionId, String.join(", ", slotOf.keySet()), rows, cols,
                slots, previous, places, node, scope.layout, rangeSlots, origin);
    }

    /** The one or two indices of an element subscript: {@code x_i} or {@code M_(i,j)}. */
    private static List<Element> indexElements(Element subscript) {
        List<Element> elements = Dom.hasName(subscript, "sequence") ? Dom.children(subscript) : List.of(subscript);
        if (elements.size() > 2) {
            throw new Unsupported("a subscript with " + elements.size() + " indices");
        }
        return elements;
    }

    private static List<Node> compileAll(List<Element> elements, ExpressionCompiler expressions, Scope scope) {
        List<Node> nodes = new ArrayList<>();
        for (Element e : elements) {
            nodes.add(expressions.compile(e, scope, false));
        }
        return nodes;
    }
}
