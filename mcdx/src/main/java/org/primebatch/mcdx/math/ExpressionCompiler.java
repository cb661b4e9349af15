package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;
import org.primebatch.mcdx.units.Unit;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

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

    Node compile(MathExpr e, Scope scope, boolean vectorized) {
        if (e instanceof MathExpr.Num n) {
            return constant(Scalar.of(RealLiteral.of(n)));
        } else if (e instanceof MathExpr.Str s) {
            return constant(new Text(s.text()));
        } else if (e instanceof MathExpr.Ident id) {
            return identifier(id, scope);
        } else if (e instanceof MathExpr.Parens p) {
            return compile(p.inner(), scope, vectorized);
        } else if (e instanceof MathExpr.MatrixExpr m) {
            return matrix(m, scope, vectorized);
        } else if (e instanceof MathExpr.RangeExpr r) {
            return range(r, scope);
        } else if (e instanceof MathExpr.Lambda l) {
            return function("λ", l.parameters(), l.body(), scope);
        } else if (e instanceof MathExpr.Program p) {
            return programs.program(p, scope);
        } else if (e instanceof MathExpr.IfExpr i) {
            return programs.conditionalExpression(i, scope);
        } else if (e instanceof MathExpr.Apply a) {
            return apply(a, scope, vectorized);
        } else if (e instanceof MathExpr.Operation o) {
            return operator(o, scope, vectorized);
        } else if (e instanceof MathExpr.Placeholder) {
            throw new Unsupported("an empty placeholder");
        } else if (e instanceof MathExpr.Imaginary) {
            throw new Unsupported("complex numbers");
        } else if (e instanceof MathExpr.Symbolic) {
            throw new Unsupported("symbolic evaluation");
        } else if (e instanceof MathExpr.Malformed m) {
            throw new Unsupported(m.problem());
        }
        throw new Unsupported("ml:" + e.element());
    }

    static Node constant(Value value) {
        return frame -> value;
    }

    // ---- names

    private Node identifier(MathExpr.Ident id, Scope scope) {
        String name = id.name();
        String label = id.labels();
        if (id.isUnit()) {
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
        if (id.isOpen()) {
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

    private Node matrix(MathExpr.MatrixExpr m, Scope scope, boolean vectorized) {
        int rows = m.rows();
        int cols = m.cols();
        if (rows < 0 || cols < 0) {
            throw new Unsupported("a matrix without its size");
        }
        if (m.elements().size() != rows * cols) {
            throw new Unsupported("a " + rows + "x" + cols + " matrix with " + m.elements().size() + " elements");
        }
        Node[] elements = new Node[m.elements().size()];
        for (int i = 0; i < elements.length; i++) {
            elements[i] = compile(m.elements().get(i), scope, vectorized);
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

    Node range(MathExpr.RangeExpr r, Scope scope) {
        Node first = compile(r.first(), scope, false);
        Node step = r.second().isPresent() ? compile(r.second().get(), scope, false) : null;
        Node last = compile(r.last(), scope, false);
        return frame -> RangeValue.of(Arithmetic.scalar(first.eval(frame), "range"),
                step == null ? null : Arithmetic.scalar(step.eval(frame), "range"),
                Arithmetic.scalar(last.eval(frame), "range"));
    }

    /** A function value closing over the frame of {@code scope}. */
    Node function(String name, List<MathExpr> parameters, MathExpr body, Scope scope) {
        Scope inner = scope.function();
        for (MathExpr p : parameters) {
            if (!(p instanceof MathExpr.Ident id)) {
                throw new Unsupported("a function parameter written as ml:" + p.element());
            }
            inner.define(id.name(), false);
        }
        Node compiledBody = compile(body, inner, false);
        int arity = parameters.size();
        FrameLayout layout = inner.layout;
        return frame -> new UserFunction(name, arity, compiledBody, layout, frame);
    }

    // ---- application

    private Node apply(MathExpr.Apply a, Scope scope, boolean vectorized) {
        if (a.function() instanceof MathExpr.Ident id) {
            return call(id.name(), a.arguments(), scope, vectorized);
        }
        Node function = compile(a.function(), scope, vectorized);
        return new CallNode("the function", function, compileAll(a.arguments(), scope, vectorized), vectorized);
    }

    /** The arguments of a call or the indices of a subscript: a sequence's items, else the operands themselves. */
    static List<MathExpr> arguments(List<MathExpr> operands) {
        if (operands.size() == 1 && operands.get(0) instanceof MathExpr.Sequence s) {
            return s.items();
        }
        return operands;
    }

    private List<Node> compileAll(List<MathExpr> expressions, Scope scope, boolean vectorized) {
        List<Node> nodes = new ArrayList<>(expressions.size());
        for (MathExpr expression : expressions) {
            nodes.add(compile(expression, scope, vectorized));
        }
        return nodes;
    }

    private Node call(String name, List<MathExpr> arguments, Scope scope, boolean vectorized) {
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
    private Node conditional(List<MathExpr> arguments, Scope scope, boolean vectorized) {
        if (arguments.size() != 3) {
            throw new Unsupported("if with " + arguments.size() + " arguments");
        }
        Node test = compile(arguments.get(0), scope, vectorized);
        Node then = compile(arguments.get(1), scope, vectorized);
        Node otherwise = compile(arguments.get(2), scope, vectorized);
        return frame -> Comparison.truth(test.eval(frame), "if") ? then.eval(frame) : otherwise.eval(frame);
    }

    private Node operator(MathExpr.Operation o, Scope scope, boolean vectorized) {
        List<MathExpr> operands = o.operands();
        return switch (o.operator()) {
            case PLUS -> binary(operands, scope, vectorized, Arithmetic::add);
            case MINUS -> operands.size() == 1 ? unary(operands, scope, vectorized, Arithmetic::negate)
                    : binary(operands, scope, vectorized, Arithmetic::subtract);
            case NEG -> unary(operands, scope, vectorized, Arithmetic::negate);
            case MULT -> binary(operands, scope, vectorized, Arithmetic::multiply);
            case DIV -> binary(operands, scope, vectorized, Arithmetic::divide);
            case POW -> binary(operands, scope, vectorized, Arithmetic::power);
            case SCALE -> scale(operands, scope, vectorized);
            case NTH_ROOT -> root(operands, scope, vectorized);
            case ABSVAL -> unary(operands, scope, vectorized, Arithmetic::absolute);
            case DETERMINANT -> unary(operands, scope, vectorized, ExpressionCompiler::determinant);
            case FACTORIAL -> unary(operands, scope, vectorized, Arithmetic::factorial);
            case PERCENT -> unary(operands, scope, vectorized, v -> Arithmetic.divide(v, Scalar.of(100)));
            case PARENS -> compile(operands.get(0), scope, vectorized);
            case EQUAL -> comparison(Comparison.Operator.EQUAL, operands, scope, vectorized);
            case NOT_EQUAL -> comparison(Comparison.Operator.NOT_EQUAL, operands, scope, vectorized);
            case LESS_THAN -> comparison(Comparison.Operator.LESS, operands, scope, vectorized);
            case GREATER_THAN -> comparison(Comparison.Operator.GREATER, operands, scope, vectorized);
            case LESS_OR_EQUAL -> comparison(Comparison.Operator.LESS_OR_EQUAL, operands, scope, vectorized);
            case GREATER_OR_EQUAL -> comparison(Comparison.Operator.GREATER_OR_EQUAL, operands, scope, vectorized);
            case AND, OR, XOR -> logic(o.operator(), operands, scope, vectorized);
            case NOT -> unary(operands, scope, vectorized, v -> Scalar.of(!Comparison.truth(v, "not")));
            case INDEXER -> indexer(operands, scope, vectorized);
            case MATCOL -> {
                Node target = compile(operands.get(0), scope, vectorized);
                Node column = compile(operands.get(1), scope, vectorized);
                yield frame -> Indexing.column(target.eval(frame), Indexing.index(column.eval(frame), origin), origin);
            }
            case MATROW -> {
                Node target = compile(operands.get(0), scope, vectorized);
                Node row = compile(operands.get(1), scope, vectorized);
                yield frame -> Indexing.row(target.eval(frame), Indexing.index(row.eval(frame), origin), origin);
            }
            case ELEMENT_OF -> {
                if (operands.size() != 2) {
                    throw new Unsupported("∈ with " + operands.size() + " operands");
                }
                var member = NumberSets.membership(operands.get(1));
                Node element = compile(operands.get(0), scope, vectorized);
                yield frame -> NumberSets.test(element.eval(frame), member);
            }
            case CROSS_PRODUCT -> binary(operands, scope, false, VectorProducts::cross);
            case TRANSPOSE -> unary(operands, scope, false, Indexing::transpose);
            case VECTORIZE -> compile(single(operands), scope, true);
            case SUMMATION, PRODUCT -> programs.iteratedOperator(o.operator(), operands, scope);
            case DERIVATIVE, INTEGRAL, FUNCTION_DERIVATIVE, LIMIT -> throw new Unsupported(
                    "the " + o.name() + " operator");
            case OTHER -> throw new Unsupported("the operator " + o.name());
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

    private static MathExpr single(List<MathExpr> operands) {
        if (operands.size() != 1) {
            throw new Unsupported("an operator with " + operands.size() + " operands");
        }
        return operands.get(0);
    }

    private Node unary(List<MathExpr> operands, Scope scope, boolean vectorized, UnaryOperator<Value> op) {
        Node operand = compile(single(operands), scope, vectorized);
        UnaryOperator<Value> lifted = vectorized ? v -> v instanceof Matrix m ? Arithmetic.map(m, op) : op.apply(v) : op;
        return frame -> lifted.apply(operand.eval(frame));
    }

    private Node binary(List<MathExpr> operands, Scope scope, boolean vectorized, BinaryOperator<Value> op) {
        if (operands.size() < 2) {
            throw new Unsupported("a binary operator with " + operands.size() + " operand(s)");
        }
        BinaryOperator<Value> lifted = vectorized ? (a, b) -> Arithmetic.elementwise(a, b, op, "vectorize") : op;
        Node result = compile(operands.get(0), scope, vectorized);
        for (MathExpr next : operands.subList(1, operands.size())) {
            Node left = result;
            Node right = compile(next, scope, vectorized);
            result = frame -> lifted.apply(left.eval(frame), right.eval(frame));
        }
        return result;
    }

    private static Comparison.Operator comparisonOf(Operator op) {
        return switch (op) {
            case LESS_THAN -> Comparison.Operator.LESS;
            case GREATER_THAN -> Comparison.Operator.GREATER;
            case LESS_OR_EQUAL -> Comparison.Operator.LESS_OR_EQUAL;
            case GREATER_OR_EQUAL -> Comparison.Operator.GREATER_OR_EQUAL;
            default -> null;
        };
    }

    private Node comparison(Comparison.Operator op, List<MathExpr> operands, Scope scope, boolean vectorized) {
        MathExpr.Operation inner = operands.size() == 2 ? chainedInequality(operands.get(0)) : null;
        boolean inequality = op != Comparison.Operator.EQUAL && op != Comparison.Operator.NOT_EQUAL;
        if (inner != null && inequality && !vectorized) {
            return chain(comparisonOf(inner.operator()), op, inner.operands(), operands.get(1), scope);
        }
        return binary(operands, scope, vectorized, (a, b) -> Comparison.compare(op, a, b));
    }

    /** The inequality an unparenthesised left operand applies, as in {@code a ≤ x < b}; null for anything else. */
    private static MathExpr.Operation chainedInequality(MathExpr left) {
        return left instanceof MathExpr.Operation o && o.operands().size() == 2 && o.operator().isInequality()
                ? o : null;
    }

    /** {@code a op1 x op2 b}: a range test, true when both comparisons hold, the middle evaluated once. */
    private Node chain(Comparison.Operator first, Comparison.Operator second, List<MathExpr> inner, MathExpr right,
            Scope scope) {
        Node low = compile(inner.get(0), scope, false);
        Node middle = compile(inner.get(1), scope, false);
        Node high = compile(right, scope, false);
        return frame -> {
            Value x = middle.eval(frame);
            boolean lower = Comparison.compare(first, low.eval(frame), x).isTrue();
            boolean upper = Comparison.compare(second, x, high.eval(frame)).isTrue();
            return Scalar.of(lower && upper);
        };
    }

    private Node logic(Operator op, List<MathExpr> operands, Scope scope, boolean vectorized) {
        String name = op.element();
        if (operands.size() != 2) {
            throw new Unsupported(name + " with " + operands.size() + " operands");
        }
        Node left = compile(operands.get(0), scope, vectorized);
        Node right = compile(operands.get(1), scope, vectorized);
        if (vectorized) {
            return frame -> Arithmetic.elementwise(left.eval(frame), right.eval(frame), (a, b) -> Scalar.of(
                    combine(op, Comparison.truth(a, name), Comparison.truth(b, name))), name);
        }
        return switch (op) {
            case AND -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    && Comparison.truth(right.eval(frame), name));
            case OR -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    || Comparison.truth(right.eval(frame), name));
            default -> frame -> Scalar.of(Comparison.truth(left.eval(frame), name)
                    ^ Comparison.truth(right.eval(frame), name));
        };
    }

    private static boolean combine(Operator op, boolean a, boolean b) {
        return switch (op) {
            case AND -> a && b;
            case OR -> a || b;
            default -> a ^ b;
        };
    }

    /** {@code 30 MPa}: a number times a unit, where a lone °C or °F converts the number as a temperature. */
    private Node scale(List<MathExpr> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("scale with " + operands.size() + " operands");
        }
        MathExpr unitPart = operands.get(1);
        if (unitPart instanceof MathExpr.Placeholder) {
            // A column of a table without a unit.
            return compile(operands.get(0), scope, vectorized);
        }
        if (unitPart instanceof MathExpr.Ident id && id.isUnit()
                && scope.resolve(UnitExpressions.definedUnitKey(id.name())) == null) {
            Unit unit = UnitExpressions.unit(id.name());
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

    private Node root(List<MathExpr> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("a root with " + operands.size() + " operands");
        }
        Node degree = operands.get(0) instanceof MathExpr.Placeholder ? constant(Scalar.of(2))
                : compile(operands.get(0), scope, vectorized);
        Node radicand = compile(operands.get(1), scope, vectorized);
        BinaryOperator<Value> op = Arithmetic::root;
        BinaryOperator<Value> lifted = vectorized ? (a, b) -> Arithmetic.elementwise(a, b, op, "root") : op;
        return frame -> lifted.apply(degree.eval(frame), radicand.eval(frame));
    }

    private Node indexer(List<MathExpr> operands, Scope scope, boolean vectorized) {
        if (operands.size() != 2) {
            throw new Unsupported("a subscript with " + operands.size() + " operands");
        }
        Node target = compile(operands.get(0), scope, vectorized);
        List<MathExpr> indices = arguments(operands.subList(1, 2));
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
