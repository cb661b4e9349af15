package org.primebatch.mcdx.math;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * Compiles programs ({@code ml:program}): local definitions, if/elseif/alsoif/else, for, while, return, break,
 * continue and on-error; and the iterated operators Σ and Π. A statement yields its value, or null when it yields
 * none (an if whose branches were all skipped, a loop that never ran).
 */
final class ProgramCompiler {
    private static final long MAX_ITERATIONS = 50_000_000L;

    private final ExpressionCompiler expressions;

    ProgramCompiler(ExpressionCompiler expressions) {
        this.expressions = expressions;
    }

    /** A program used as an expression: its locals live in the frame of {@code scope}. */
    Node program(Element program, Scope scope) {
        declareLocals(program, scope);
        Node block = block(program, scope);
        List<Element> statements = Dom.children(program).stream().filter(c -> !Dom.hasName(c, "placeholder")).toList();
        boolean endsOnIf = !statements.isEmpty() && Dom.hasName(statements.get(statements.size() - 1), "if");
        return frame -> {
            Value value;
            try {
                value = block.eval(frame);
            } catch (ControlSignal.Return r) {
                return r.value;
            }
            if (value == null && endsOnIf) {
                throw new MathError("This program has no return value: no condition held and there is no else");
            }
            if (value == null) {
                throw new Unsupported("the program ends on a statement that yields no value");
            }
            return value;
        };
    }

    /**
     * An if/elseif/else written directly as an expression (the right side of a definition): the same as a program
     * holding only that statement.
     */
    Node conditionalExpression(Element conditional, Scope scope) {
        declareLocals(conditional, scope);
        Node statement = statement(conditional, scope);
        return frame -> {
            Value value;
            try {
                value = statement.eval(frame);
            } catch (ControlSignal.Return r) {
                return r.value;
            }
            if (value == null) {
                throw new Unsupported("an if whose conditions are all false and that has no else");
            }
            return value;
        };
    }

    private void declareLocals(Element e, Scope scope) {
        for (Element child : Dom.children(e)) {
            String name = Dom.name(child);
            if (name.equals("lambda")) {
                continue;
            }
            if (name.equals("localDefine")) {
                Element target = Dom.children(child).get(0);
                for (String local : targets(target)) {
                    scope.declareLocal(local);
                }
                if (Dom.hasName(target, "function")) {
                    continue;
                }
            } else if (name.equals("for")) {
                Element variable = Dom.children(child).get(0);
                if (Dom.hasName(variable, "id")) {
                    scope.declareLocal(Names.of(variable));
                }
            }
            declareLocals(child, scope);
        }
    }

    /** The names a definition's left side assigns. */
    static List<String> targets(Element target) {
        List<String> names = new ArrayList<>();
        switch (Dom.name(target)) {
            case "id" -> names.add(Names.of(target));
            case "function" -> names.add(Names.of(Dom.children(target).get(0)));
            case "apply" -> {
                List<Element> parts = Dom.children(target);
                if (parts.size() > 1 && Dom.hasName(parts.get(0), "indexer") && Dom.hasName(parts.get(1), "id")) {
                    names.add(Names.of(parts.get(1)));
                }
            }
            case "matrix" -> {
                for (Element element : Dom.children(target)) {
                    if (Dom.hasName(element, "id")) {
                        names.add(Names.of(element));
                    }
                }
            }
            default -> {
            }
        }
        return names;
    }

    /**
     * The statements in order; the block's value is the last value a statement yielded: an if whose conditions were
     * all false leaves the value before it (Mathcad keeps it), and an empty placeholder line is no statement.
     */
    private Node block(Element program, Scope scope) {
        List<Node> statements = new ArrayList<>();
        List<Boolean> conditionals = new ArrayList<>();
        for (Element statement : Dom.children(program)) {
            if (Dom.hasName(statement, "placeholder")) {
                continue;
            }
            statements.add(statement(statement, scope));
            conditionals.add(Dom.hasName(statement, "if"));
        }
        Node[] steps = statements.toArray(new Node[0]);
        boolean[] conditional = new boolean[steps.length];
        for (int i = 0; i < steps.length; i++) {
            conditional[i] = conditionals.get(i);
        }
        return frame -> {
            Value last = null;
            for (int i = 0; i < steps.length; i++) {
                Value value = steps[i].eval(frame);
                if (value != null || !conditional[i]) {
                    last = value;
                }
            }
            return last;
        };
    }

    /** The body of a branch or loop: a nested program block, sharing the enclosing frame. */
    private Node body(Element e, Scope scope) {
        return Dom.hasName(e, "program") ? block(e, scope) : statement(e, scope);
    }

    private Node statement(Element e, Scope scope) {
        List<Element> parts = Dom.children(e);
        return switch (Dom.name(e)) {
            case "localDefine" -> localDefine(parts.get(0), parts.get(1), scope);
            case "if" -> conditional(parts, scope);
            case "for" -> forLoop(parts, scope);
            case "while" -> whileLoop(parts, scope);
            case "return" -> {
                Node value = expressions.compile(ExpressionCompiler.single(e), scope, false);
                yield frame -> {
                    throw new ControlSignal.Return(value.eval(frame));
                };
            }
            case "break" -> frame -> {
                throw new ControlSignal.Break();
            };
            case "continue" -> frame -> {
                throw new ControlSignal.Continue();
            };
            case "tryCatch" -> tryCatch(parts, scope);
            case "program" -> block(e, scope);
            default -> expressions.compile(e, scope, false);
        };
    }

    private Node localDefine(Element target, Element valueElement, Scope scope) {
        switch (Dom.name(target)) {
            case "id" -> {
                Scope.Binding binding = scope.declareLocal(Names.of(target));
                Node value = expressions.compile(valueElement, scope, false);
                int slot = binding.slot();
                return frame -> {
                    Value v = value.eval(frame);
                    frame.set(slot, v);
                    return v;
                };
            }
            case "function" -> {
                List<Element> parts = Dom.children(target);
                String name = Names.of(parts.get(0));
                Scope.Binding binding = scope.declareLocal(name);
                Node function = expressions.function(name, Dom.children(parts.get(1)), valueElement, scope);
                int slot = binding.slot();
                return frame -> {
                    Value f = function.eval(frame);
                    frame.set(slot, f);
                    return f;
                };
            }
            case "apply" -> {
                return elementAssignment(target, valueElement, scope);
            }
            case "matrix" -> {
                return multipleAssignment(target, valueElement, scope);
            }
            default -> throw new Unsupported("a local definition of ml:" + Dom.name(target));
        }
    }

    private Node elementAssignment(Element target, Element valueElement, Scope scope) {
        List<Element> parts = Dom.children(target);
        if (parts.size() != 3 || !Dom.hasName(parts.get(0), "indexer") || !Dom.hasName(parts.get(1), "id")) {
            throw new Unsupported("a local definition of an expression");
        }
        String name = Names.of(parts.get(1));
        Scope.Binding binding = scope.declareLocal(name);
        Node current = expressions.read(scope.resolve(name), false);
        List<Element> indices = Dom.hasName(parts.get(2), "sequence") ? Dom.children(parts.get(2)) : List.of(parts.get(2));
        if (indices.size() > 2) {
            throw new Unsupported("a subscript with " + indices.size() + " indices");
        }
        Node row = expressions.compile(indices.get(0), scope, false);
        Node col = indices.size() == 2 ? expressions.compile(indices.get(1), scope, false) : null;
        Node value = expressions.compile(valueElement, scope, false);
        int slot = binding.slot();
        int origin = expressions.origin();
        return frame -> {
            Value base = frame.get(slot);
            if (base == null && binding.fallback() != null) {
                base = current.eval(frame);
            }
            int r = Indexing.index(row.eval(frame), origin);
            int c = col == null ? 0 : Indexing.index(col.eval(frame), origin);
            if (col == null && base instanceof Matrix m && m.cols() != 1) {
                throw new MathError("index: one index needs a vector, this matrix has " + m.cols() + " columns");
            }
            Value v = value.eval(frame);
            frame.set(slot, Indexing.assign(base, r, c, v, origin));
            return v;
        };
    }

    private Node multipleAssignment(Element target, Element valueElement, Scope scope) {
        int rows = Integer.parseInt(target.getAttribute("rows"));
        int cols = Integer.parseInt(target.getAttribute("cols"));
        List<Element> elements = Dom.children(target);
        int[] slots = new int[elements.size()];
        for (int i = 0; i < slots.length; i++) {
            if (!Dom.hasName(elements.get(i), "id")) {
                throw new Unsupported("a multiple assignment to an expression");
            }
            slots[i] = scope.declareLocal(Names.of(elements.get(i))).slot();
        }
        Node value = expressions.compile(valueElement, scope, false);
        return frame -> {
            Value v = value.eval(frame);
            Matrix m = Arithmetic.matrix(v, "multiple assignment");
            if (m.rows() != rows || m.cols() != cols) {
                throw new MathError("multiple assignment: the sizes differ");
            }
            for (int i = 0; i < slots.length; i++) {
                frame.set(slots[i], m.elements().get(i));
            }
            return v;
        };
    }

    private Node conditional(List<Element> parts, Scope scope) {
        List<Node> tests = new ArrayList<>();
        List<Node> branches = new ArrayList<>();
        Node otherwise = null;
        boolean alsoIf = false;
        boolean elseIf = false;
        for (int i = 0; i < parts.size(); i++) {
            Element part = parts.get(i);
            switch (Dom.name(part)) {
                case "test" -> {
                    tests.add(expressions.compile(ExpressionCompiler.single(part), scope, false));
                    branches.add(body(ExpressionCompiler.single(parts.get(++i)), scope));
                }
                case "elseif", "alsoif" -> {
                    alsoIf |= Dom.hasName(part, "alsoif");
                    elseIf |= Dom.hasName(part, "elseif");
                    List<Element> clause = Dom.children(part);
                    tests.add(expressions.compile(ExpressionCompiler.single(clause.get(0)), scope, false));
                    branches.add(body(ExpressionCompiler.single(clause.get(1)), scope));
                }
                case "else" -> otherwise = body(ExpressionCompiler.single(part), scope);
                default -> throw new Unsupported("ml:" + Dom.name(part) + " in an if statement");
            }
        }
        if (alsoIf && elseIf) {
            throw new Unsupported("alsoif and elseif in one if statement");
        }
        Node[] testNodes = tests.toArray(new Node[0]);
        Node[] branchNodes = branches.toArray(new Node[0]);
        Node elseNode = otherwise;
        boolean all = alsoIf;
        return frame -> {
            Value last = null;
            boolean taken = false;
            for (int i = 0; i < testNodes.length; i++) {
                if (Comparison.truth(testNodes[i].eval(frame), "if")) {
                    last = branchNodes[i].eval(frame);
                    taken = true;
                    if (!all) {
                        break;
                    }
                }
            }
            if (!taken && elseNode != null) {
                last = elseNode.eval(frame);
            }
            return last;
        };
    }

    private Node forLoop(List<Element> parts, Scope scope) {
        if (parts.size() != 3 || !Dom.hasName(parts.get(0), "id")) {
            throw new Unsupported("a for loop of unexpected shape");
        }
        int slot = scope.declareLocal(Names.of(parts.get(0))).slot();
        Node iterable = Dom.hasName(parts.get(1), "range") ? expressions.range(parts.get(1), scope)
                : expressions.compile(parts.get(1), scope, false);
        Node body = body(parts.get(2), scope);
        return frame -> {
            Value last = null;
            for (Value v : iteration(iterable.eval(frame))) {
                frame.set(slot, v);
                try {
                    last = body.eval(frame);
                } catch (ControlSignal.Break b) {
                    break;
                } catch (ControlSignal.Continue c) {
                    continue;
                }
            }
            return last;
        };
    }

    private static List<? extends Value> iteration(Value v) {
        if (v instanceof RangeValue r) {
            return r.values();
        }
        if (v instanceof Matrix m) {
            return m.elements();
        }
        return List.of(v);
    }

    private Node whileLoop(List<Element> parts, Scope scope) {
        if (parts.size() != 2) {
            throw new Unsupported("a while loop of unexpected shape");
        }
        Node test = expressions.compile(parts.get(0), scope, false);
        Node body = body(parts.get(1), scope);
        return frame -> {
            Value last = null;
            long count = 0;
            while (Comparison.truth(test.eval(frame), "while")) {
                if (++count > MAX_ITERATIONS) {
                    throw new Unsupported("a while loop ran more than " + MAX_ITERATIONS + " times");
                }
                try {
                    last = body.eval(frame);
                } catch (ControlSignal.Break b) {
                    break;
                } catch (ControlSignal.Continue c) {
                    continue;
                }
            }
            return last;
        };
    }

    private Node tryCatch(List<Element> parts, Scope scope) {
        if (parts.size() != 2) {
            throw new Unsupported("on error with " + parts.size() + " parts");
        }
        Node attempt = body(parts.get(0), scope);
        Node recovery = body(parts.get(1), scope);
        return frame -> {
            try {
                return attempt.eval(frame);
            } catch (MathError e) {
                return recovery.eval(frame);
            }
        };
    }

    /**
     * Σ and Π: over an integer index between bounds, or, with only an empty upper bound, over the values of the
     * range variable the index names.
     */
    Node iteratedOperator(String name, List<Element> operands, Scope scope) {
        boolean sum = name.equals("summation");
        Element lambda = operands.get(0);
        Element lower = null;
        Element upper = null;
        for (Element operand : operands.subList(1, operands.size())) {
            switch (Dom.name(operand)) {
                case "lowerBound" -> lower = ExpressionCompiler.single(operand);
                case "upperBound" -> upper = ExpressionCompiler.single(operand);
                default -> throw new Unsupported("ml:" + Dom.name(operand) + " in " + name);
            }
        }
        List<Element> lambdaParts = Dom.children(lambda);
        if (!Dom.hasName(lambda, "lambda") || lambdaParts.size() != 2 || upper == null) {
            throw new Unsupported(name + " of unexpected shape");
        }
        List<Element> bound = Dom.children(lambdaParts.get(0));
        if (sum && bound.size() == 1 && Dom.hasName(bound.get(0), "placeholder") && lower == null
                && Dom.hasName(upper, "placeholder")) {
            return vectorSum(expressions.compile(lambdaParts.get(1), scope, false));
        }
        if (bound.size() != 1 || !Dom.hasName(bound.get(0), "id")) {
            throw new Unsupported(name + " over " + bound.size() + " variables");
        }
        String index = Names.of(bound.get(0));
        Node values;
        if (lower == null && Dom.hasName(upper, "placeholder")) {
            Scope.Resolved range = scope.resolve(index);
            if (range == null) {
                throw new Unsupported(name + " over " + index + ", which is not defined above");
            }
            Node rangeNode = expressions.read(range, false);
            values = rangeNode;
        } else if (lower != null && !Dom.hasName(upper, "placeholder")) {
            Node from = expressions.compile(lower, scope, false);
            Node to = expressions.compile(upper, scope, false);
            values = frame -> {
                int a = wholeBound(from.eval(frame), name);
                int b = wholeBound(to.eval(frame), name);
                if (b < a) {
                    throw new Unsupported(name + " with an upper bound below the lower bound");
                }
                return new RangeValue(a, 1, b, org.primebatch.mcdx.units.Dimension.NONE);
            };
        } else {
            throw new Unsupported(name + " with these bounds");
        }
        Scope.Binding previous = scope.shadow(index);
        int slot = scope.local(index).slot();
        Node term;
        try {
            term = expressions.compile(lambdaParts.get(1), scope, false);
        } finally {
            scope.restore(index, previous);
        }
        return frame -> {
            Value over = values.eval(frame);
            if (!(over instanceof RangeValue range)) {
                throw new Unsupported(name + " over " + over.kind());
            }
            Value total = null;
            for (Scalar v : range.values()) {
                frame.set(slot, v);
                Value t = term.eval(frame);
                total = total == null ? t : sum ? Arithmetic.add(total, t) : Arithmetic.multiply(total, t);
            }
            return total != null ? total : sum ? Scalar.ZERO : Scalar.ONE;
        };
    }

    /** Bounds may be any real number in Mathcad; only whole numbers are known to step the same way here. */
    private static int wholeBound(Value bound, String name) {
        double n = Arithmetic.scalar(bound, name).number(name);
        if (n != Math.rint(n) || Math.abs(n) > Integer.MAX_VALUE) {
            throw new Unsupported(name + " with a bound that is not a whole number");
        }
        return (int) n;
    }

    /** {@code Σv}: the sum of the elements of a column vector. */
    private static Node vectorSum(Node vector) {
        return frame -> {
            Value v = vector.eval(frame);
            if (!(v instanceof Matrix m) || m.cols() != 1) {
                throw new Unsupported("the vector sum of " + (v instanceof Matrix ? "a matrix with several columns"
                        : v.kind()));
            }
            Value total = null;
            for (Value element : m.elements()) {
                if (!(element instanceof Scalar)) {
                    throw new Unsupported("the vector sum of a vector holding " + element.kind());
                }
                total = total == null ? element : Arithmetic.add(total, element);
            }
            return total;
        };
    }
}
