package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.primebatch.mcdx.units.Unit;
import org.w3c.dom.Element;

/**
 * Compiles the expressions of one region into nodes. Names resolve at compile time against the scopes; range
 * variables of the worksheet used directly by the region are collected so the region can iterate over them.
 */
final class ExpressionCompiler {
    private final int origin;
    private final Map<String, Scope.Resolved> rangeUses = new LinkedHashMap<>();
    private final ProgramCompiler programs = new ProgramCompiler(this);

    ExpressionCompiler(int origin) {
        this.origin = origin;
    }

    int origin() {
        return origin;
    }

    /** Worksheet range variables the region's expressions use, by name. */
    Map<String, Scope.Resolved> rangeUses() {
        return rangeUses;
    }

    Node compile(Element e, Scope scope, boolean vectorized) {
        String name = Dom.name(e);
        return switch (name) {
            case "real" -> constant(Scalar.of(RealLiteral.of(e)));
            case "str" -> constant(new Text(e.getTextContent()));
            case "id" -> identifier(e, scope);
            case "parens" -> compile(single(e), scope, vectorized);
            case "matrix" -> matrix(e, scope, vectorized);
            case "range" -> range(e, scope);
            case "lambda" -> lambda(e, scope, "λ");
            case "program" -> programs.program(e, scope);
            case "if" -> programs.conditionalExpression(e, scope);
            case "apply" -> apply(e, scope, vectorized);
            case "placeholder" -> throw new Unsupported("an empty placeholder");
            case "imag" -> throw new Unsupported("complex numbers");
            case "symEval", "symResult" -> throw new Unsupported("symbolic evaluation");
            default -> throw new Unsupported("ml:" + name);
        };
    }

    static Node constant(Value value) {
        return frame -> value;
    }

    static Element single(Element e) {
        List<Element> children = Dom.children(e);
        if (children.size() != 1) {
            throw new Unsupported("ml:" + Dom.name(e) + " with " + children.size() + " parts");
        }
        return children.get(0);
    }

    // ---- names

    private Node identifier(Element id, Scope scope) {
        String name = Names.of(id);
        String label = id.getAttribute("labels");
        if ("UNIT".equals(label)) {
            Scope.Resolved defined = scope.resolve(UnitExpressions.definedUnitKey(name));
            return defined != null ? read(defined, true) : constant(UnitExpressions.value(name));
        }
        Scope.Resolved resolved = scope.resolve(name);
        if (resolved != null) {
            return read(resolved, true);
        }
        if ("SYSTEM".equals(label) || name.equals("ORIGIN")) {
            if (name.equals("ORIGIN")) {
                return constant(Scalar.of(origin));
            }
            throw new Unsupported("the system variable " + name);
        }
        if (name.equals(Constants.PERCENT)) {
            return constant(Scalar.of(0.01));
        }
        var value = Constants.find(name);
        if (value.isPresent() && !"FUNCTION".equals(label)) {
            return constant(value.get());
        }
        if ("CONSTANT".equals(label)) {
            throw new Unsupported("the constant " + name);
        }
        if (label.isEmpty() || "*".equals(label)) {
            var unit = org.primebatch.mcdx.units.Units.byName(name);
            if (unit.isPresent() && unit.get().offset() == 0) {
                return constant(UnitExpressions.value(name));
            }
        }
        var builtin = Builtins.find(name, origin);
        if (builtin.isPresent()) {
            return constant(builtin.get());
        }
        throw new Unsupported(name + " is not defined above");
    }

    Node read(Scope.Resolved resolved, boolean iterateRanges) {
        Scope.Binding binding = resolved.binding();
        String name = resolved.name();
        if (binding.refusal() != null) {
            throw new Unsupported("uses " + name + ", which is refused: " + binding.refusal());
        }
        if (binding.range() && iterateRanges) {
            if (resolved.acrossFunction()) {
                throw new Unsupported("a function body uses the range variable " + name);
            }
            rangeUses.put(name, resolved);
        }
        Node fallback = null;
        if (binding.fallback() != null) {
            Scope.Resolved outer = binding.fallback();
            fallback = read(new Scope.Resolved(name, resolved.depth() + outer.depth(), outer.binding(),
                    resolved.acrossFunction() || outer.acrossFunction()), iterateRanges);
        }
        return new SlotRead(name, resolved.depth(), binding.slot(), fallback);
    }

    // ---- literals

    private Node matrix(Element e, Scope scope, boolean vectorized) {
        int rows = Integer.parseInt(e.getAttribute("rows"));
        int cols = Integer.parseInt(e.getAttribute("cols"));
        List<Element> children = new ArrayList<>(Dom.children(e));
        if (!children.isEmpty() && Dom.hasName(children.get(0), "display")) {
            children.remove(0);
        }
        if (children.size() != rows * cols) {
            throw new Unsupported("a " + rows + "x" + cols + " matrix with " + children.size() + " elements");
        }
        Node[] elements = new Node[children.size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = compile(children.get(i), scope, vectorized);
        }
        return frame -> {
            Value[] values = new Value[elements.length];
            for (int i = 0; i < values.length; i++) {
                values[i] = elements[i].eval(frame);
                if (values[i] instanceof RangeValue) {
                    throw new Unsupported("a range inside a matrix");
                }
            }
            return Matrix.ofColumnMajor(rows, cols, values);
        };
    }

    Node range(Element e, Scope scope) {
        List<Element> parts = Dom.children(e);
        if (parts.size() != 2) {
            throw new Unsupported("a range with " + parts.size() + " parts");
        }
        Node first;
        Node second = null;
        if (Dom.hasName(parts.get(0), "sequence")) {
            List<Element> start = Dom.children(parts.get(0));
            if (start.size() != 2) {
                throw new Unsupported("a range start with " + start.size() + " values");
            }
            first = compile(start.get(0), scope, false);
            second = compile(start.get(1), scope, false);
        } else {
            first = compile(parts.get(0), scope, false);
        }
        Node last = compile(parts.get(1), scope, false);
        Node step = second;
        return frame -> RangeValue.of(Arithmetic.scalar(first.eval(frame), "range"),
                step == null ? null : Arithmetic.scalar(step.eval(frame), "range"),
                Arithmetic.scalar(last.eval(frame), "range"));
    }

    Node lambda(Element e, Scope scope, String name) {
        List<Element> parts = Dom.children(e);
        if (parts.size() != 2 || !Dom.hasName(parts.get(0), "boundVars")) {
            throw new Unsupported("a lambda of unexpected shape");
        }
        return function(name, Dom.children(parts.get(0)), parts.get(1), scope);
    }

    /** A function value closing over the frame of {@code scope}. */
    Node function(String name, List<Element> parameters, Element body, Scope scope) {
        Scope inner = scope.function();
        for (Element p : parameters) {
            if (!Dom.hasName(p, "id")) {
                throw new Unsupported("a function parameter written as ml:" + Dom.name(p));
            }
            inner.define(Names.of(p), false);
        }
        Node compiledBody = compile(body, inner, false);
        int arity = parameters.size();
        FrameLayout layout = inner.layout;
        return frame -> new UserFunction(name, arity, compiledBody, layout, frame);
    }

    // ---- application

    private static final List<String> EXPRESSION_HEADS = List.of("id", "apply", "parens", "lambda");

    private Node apply(Element e, Scope scope, boolean vectorized) {
        List<Element> parts = Dom.children(e);
        Element head = parts.get(0);
        List<Element> operands = parts.subList(1, parts.size());
        if (Dom.hasName(head, "id")) {
            return call(head, arguments(operands), scope, vectorized);
        }
        if (EXPRESSION_HEADS.contains(Dom.name(head))) {
            Node function = compile(head, scope, vectorized);
            return new CallNode("the function", function, compileAll(arguments(operands), scope, vectorized), vectorized);
        }
        return operator(Dom.name(head), operands, scope, vectorized);
    }

    private static List<Element> arguments(List<Element> operands) {
        if (operands.size() == 1 && Dom.hasName(operands.get(0), "sequence")) {
            return Dom.children(operands.get(0));
        }
        return operands;
    }

    private List<Node> compileAll(List<Element> elements, Scope scope, boolean vectorized) {
        List<Node> nodes = new ArrayList<>(elements.size());
        for (Element element : elements) {
            nodes.add(compile(element, scope, vectorized));
        }
        return nodes;
    }

    private Node call(Element head, List<Element> arguments, Scope scope, boolean vectorized) {
        String name = Names.of(head);
        Scope.Resolved resolved = scope.resolve(name);
        Node function;
        if (resolved != null) {
            function = read(resolved, true);
        } else if (name.equals("if")) {
            return conditional(arguments, scope, vectorized);
        } else {
            BuiltinFunction builtin = Builtins.find(name, origin).orElseThrow(() -> new Unsupported(
                    "the function " + name + " (not built in: an add-in, an included worksheet or not supported)"));
            function = constant(builtin);
        }
        return new CallNode(name, function, compileAll(arguments, scope, vectorized), vectorized);
    }

    /** {@code if(cond, a, b)} evaluates only the branch it takes. */
    private Node conditional(List<Element> arguments, Scope scope, boolean vectorized) {
        if (arguments.size() != 3) {
            throw new Unsupported("if with " + arguments.size() + " arguments");
        }
        Node test = compile(arguments.get(0), scope, vectorized);
        Node then = compile(arguments.get(1), scope, vectorized);
        Node otherwise = compile(arguments.get(2), scope, vectorized);
        return frame -> Comparison.truth(test.eval(frame), "if") ? then.eval(frame) : otherwise.eval(frame);
    }

    private Node operator(String name, List<Element> operands, Scope scope, boolean vectorized) {
        return switch (name) {
            case "plus" -> binary(operands, scope, vectorized, Arithmetic::add);
            case "minus" -> operands.size() == 1 ? unary(operands, scope, vectorized, Arithmetic::negate)
                    : binary(operands, scope, vectorized, Arithmetic::subtract);
            case "neg" -> unary(operands, scope, vectorized, Arithmetic::negate);
            case "mult" -> binary(operands, scope, vectorized, Arithmetic::multiply);
            case "div" -> binary(operands, scope, vectorized, Arithmetic::divide);
            case "pow" -> binary(operands, scope, vectorized, Arithmetic::power);
            case "scale" -> scale(operands, scope, vectorized);
            case "nthRoot" -> root(operands, scope, vectorized);
            case "absval" -> unary(operands, scope, vectorized, Arithmetic::absolute);
            case "determinant" -> unary(operands, scope, vectorized, ExpressionCompiler::determinant);
            case "factorial" -> unary(operands, scope, vectorized, Arithmetic::factorial);
            case "percent" -> unary(operands, scope, vectorized, v -> Arithmetic.divide(v, Scalar.of(100)));
            case "parens" -> compile(operands.get(0), scope, vectorized);
            case "equal" -> comparison(Comparison.Operator.EQUAL, operands, scope, vectorized);
            case "notEqual" -> comparison(Comparison.Operator.NOT_EQUAL, operands, scope, vectorized);
            case "lessThan" -> comparison(Comparison.Operator.LESS, operands, scope, vectorized);
            case "greaterThan" -> comparison(Comparison.Operator.GREATER, operands, scope, vectorized);
            case "lessOrEqual" -> comparison(Comparison.Operator.LESS_OR_EQUAL, operands, scope, vectorized);
            case "greaterOrEqual" -> comparison(Comparison.Operator.GREATER_OR_EQUAL, operands, scope, vectorized);
            case "and", "or", "xor" -> logic(name, operands, scope, vectorized);
            case "not" -> unary(operands, scope, vectorized, v -> Scalar.of(!Comparison.truth(v, "not")));
            case "indexer" -> indexer(operands, scope, vectorized);
            case "matcol" -> {
                Node target = compile(operands.get(0), scope, vectorized);
                Node column = compile(operands.get(1), scope, vectorized);
                yield frame -> Indexing.column(target.eval(frame), Indexing.index(column.eval(frame), origin), origin);
            }
            case "matrow" -> {
                Node target = compile(operands.get(0), scope, vectorized);
                Node row = compile(operands.get(1), scope, vectorized);
                yield frame -> Indexing.row(target.eval(frame), Indexing.index(row.eval(frame), origin), origin);
            }
            case "elementOf" -> {
                if (operands.size() != 2) {
                    throw new Unsupported("∈ with " + operands.size() + " operands");
                }
                var member = NumberSets.membership(operands.get(1));
                Node element = compile(operands.get(0), scope, vectorized);
                yield frame -> NumberSets.test(element.eval(frame), member);
            }
            case "crossProduct" -> binary(operands, scope, false, VectorProducts::cross);
            case "transpose" -> unary(operands, scope, false, Indexing::transpose);
            case "vectorize" -> compile(single(operands), scope, true);
            case "summation", "product" -> programs.iteratedOperator(name, operands, scope);
            case "derivative", "integral", "functionDerivative", "limit" -> throw new Unsupported(
                    "the " + name + " operator");
            default -> throw new Unsupported("the operator " + name);
        };
    }

    /** {@code |M|}: the determinant of a square matrix, the magnitude of a vector. */
    private static Value determinant(Value v) {
        Matrix m = Arithmetic.matrix(v, "determinant");
        if (m.cols() == 1 && m.rows() > 1) {
            return Arithmetic.absolute(m);
        }
        if (m.rows() != m.cols() || m.rows() == 1) {
            throw new Unsupported("|M| of a " + m.rows() + "x" + m.cols() + " matrix");
        }
        return MatrixAlgebra.determinant(m);
    }

    private static Element single(List<Element> operands) {
        if (operands.size() != 1) {
            throw new Unsupported("an operator with " + operands.size() + " operands");
        }
        return operands.get(0);
    }

    private Node unary(List<Element> operands, Scope scope, boolean vectorized, UnaryOperator<Value> op) {
        Node operand = compile(single(operands), scope, vectorized);
        UnaryOperator<Value> lifted = vectorized ? v -> v instanceof Matrix m ? Arithmetic.map(m, op) : op.apply(v) : op;
        return frame -> lifted.apply(operand.eval(frame));
    }

    private Node binary(List<Element> operands, Scope scope, boolean vectorized, BinaryOperator<Value> op) {
        if (operands.size() < 2) {
            throw new Unsupported("a binary operator with " + operands.size() + " operand(s)");
        }
        BinaryOperator<Value> lifted = vectorized ? (a, b) -> Arithmetic.elementwise(a, b, op, "vectorize") : op;
        Node result = compile(operands.get(0), scope, vectorized);
        for (Element next : operands.subList(1, operands.size())) {
            Node left = result;
            Node right = compile(next, scope, vectorized);
            result = frame -> lifted.apply(left.eval(frame), right.eval(frame));
        }
        return result;
    }

    private static final Map<String, Comparison.Operator> INEQUALITIES = Map.of(
            "lessThan", Comparison.Operator.LESS,
            "greaterThan", Comparison.Operator.GREATER,
            "lessOrEqual", Comparison.Operator.LESS_OR_EQUAL,
            "greaterOrEqual", Comparison.Operator.GREATER_OR_EQUAL);

    private Node comparison(Comparison.Operator op, List<Element> operands, Scope scope, boolean vectorized) {
        Comparison.Operator inner = operands.size() == 2 ? chainedInequality(operands.get(0)) : null;
        if (inner != null && INEQUALITIES.containsValue(op) && !vectorized) {
            return chain(inner, op, Dom.children(operands.get(0)), operands.get(1), scope);
        }
        return binary(operands, scope, vectorized, (a, b) -> Comparison.compare(op, a, b));
    }

    /** The inequality an unparenthesised left operand applies, as in {@code a ≤ x < b}; null for anything else. */
    private static Comparison.Operator chainedInequality(Element left) {
        if (!Dom.hasName(left, "apply")) {
            return null;
        }
        List<Element> parts = Dom.children(left);
        return parts.size() == 3 ? INEQUALITIES.get(Dom.name(parts.get(0))) : null;
    }

    /** {@code a op1 x op2 b}: a range test, true when both comparisons hold, the middle evaluated once. */
    private Node chain(Comparison.Operator first, Comparison.Operator second, List<Element> inner, Element right,
            Scope scope) {
        Node low = compile(inner.get(1), scope, false);
        Node middle = compile(inner.get(2), scope, false);
        Node high = compile(right, scope, false);
        return frame -> {
            Value x = middle.eval(frame);
            boolean lower = Comparison.compare(first, low.eval(frame), x).isTrue();
            boolean upper = Comparison.compare(second, x, high.eval(frame)).isTrue();
            return Scalar.of(lower && upper);
        };
    }

    private Node logic(String name, List<Element> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported(name + " with " + operands.size() + " operands");
        }
        Node left = compile(operands.get(0), scope, vectorized);
        Node right = compile(operands.get(1), scope, vectorized);
        if (vectorized) {
            return frame -> Arithmetic.elementwise(left.eval(frame), right.eval(frame), (a, b) -> Scalar.of(
                    combine(name, Comparison.truth(a, name), Comparison.truth(b, name))), name);
        }
        return switch (name) {
            case "and" -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    && Comparison.truth(right.eval(frame), name));
            case "or" -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    || Comparison.truth(right.eval(frame), name));
            default -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    ^ Comparison.truth(right.eval(frame), name));
        };
    }

    private static boolean combine(String name, boolean a, boolean b) {
        return switch (name) {
            case "and" -> a && b;
            case "or" -> a || b;
            default -> a ^ b;
        };
    }

    /** {@code 30 MPa}: a number times a unit, where a lone °C or °F converts the number as a temperature. */
    private Node scale(List<Element> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("scale with " + operands.size() + " operands");
        }
        Element unitElement = operands.get(1);
        if (Dom.hasName(unitElement, "placeholder")) {
            // A column of a table without a unit.
            return compile(operands.get(0), scope, vectorized);
        }
        if (Dom.hasName(unitElement, "id") && "UNIT".equals(unitElement.getAttribute("labels"))
                && scope.resolve(UnitExpressions.definedUnitKey(Names.of(unitElement))) == null) {
            Unit unit = UnitExpressions.unit(Names.of(unitElement));
            if (unit.offset() != 0) {
                Node number = compile(operands.get(0), scope, vectorized);
                return frame -> {
                    Scalar n = Arithmetic.scalar(number.eval(frame), "scale");
                    var temperature = unit.of(n.number("temperature"));
                    return new Scalar(temperature.si(), temperature.dimension());
                };
            }
        }
        return binary(operands, scope, vectorized, Arithmetic::multiply);
    }

    private Node root(List<Element> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("a root with " + operands.size() + " operands");
        }
        Node degree = Dom.hasName(operands.get(0), "placeholder") ? constant(Scalar.of(2))
                : compile(operands.get(0), scope, vectorized);
        Node radicand = compile(operands.get(1), scope, vectorized);
        BinaryOperator<Value> op = Arithmetic::root;
        BinaryOperator<Value> lifted = vectorized ? (a, b) -> Arithmetic.elementwise(a, b, op, "root") : op;
        return frame -> lifted.apply(degree.eval(frame), radicand.eval(frame));
    }

    private Node indexer(List<Element> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("a subscript with " + operands.size() + " operands");
        }
        Node target = compile(operands.get(0), scope, vectorized);
        List<Element> indices = arguments(operands.subList(1, 2));
        if (indices.size() == 1) {
            Node index = compile(indices.get(0), scope, vectorized);
            return frame -> Indexing.element(target.eval(frame), Indexing.index(index.eval(frame), origin), origin);
        }
        if (indices.size() == 2) {
            Node row = compile(indices.get(0), scope, vectorized);
            Node col = compile(indices.get(1), scope, vectorized);
            return frame -> Indexing.element(target.eval(frame), Indexing.index(row.eval(frame), origin),
                    Indexing.index(col.eval(frame), origin), origin);
        }
        throw new Unsupported("a subscript with " + indices.size() + " indices");
    }
}
