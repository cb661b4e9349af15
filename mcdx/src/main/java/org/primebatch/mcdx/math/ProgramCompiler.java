package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

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
    Node program(MathExpr.Program program, Scope scope) {
        declareLocals(program.statements(), scope);
        Node block = block(program, scope);
        List<MathExpr> statements = program.statements().stream()
                .filter(c -> !(c instanceof MathExpr.Placeholder)).toList();
        boolean endsOnIf = !statements.isEmpty() && statements.get(statements.size() - 1) instanceof MathExpr.IfExpr;
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
    Node conditionalExpression(MathExpr.IfExpr conditional, Scope scope) {
        declareLocals(conditional.parts(), scope);
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

    /** Every local a program's statements define, nested blocks included, so that reads before them resolve. */
    private void declareLocals(List<MathExpr> statements, Scope scope) {
        for (MathExpr child : statements) {
            if (child instanceof MathExpr.Lambda) {
                continue;
            }
            if (child instanceof MathExpr.Define d && d.kind() == MathExpr.DefineKind.LOCAL) {
                for (String local : targets(d.target())) {
                    scope.declareLocal(local);
                }
                if (d.target() instanceof MathExpr.FunctionHead) {
                    continue;
                }
            } else if (child instanceof MathExpr.ForLoop f && f.variable() instanceof MathExpr.Ident id) {
                scope.declareLocal(id.name());
            }
            declareLocals(child.parts(), scope);
        }
    }

    /** The names a definition's left side assigns. */
    static List<String> targets(MathExpr target) {
        List<String> names = new ArrayList<>();
        if (target instanceof MathExpr.Ident id) {
            names.add(id.name());
        } else if (target instanceof MathExpr.FunctionHead f && f.name() instanceof MathExpr.Ident id) {
            names.add(id.name());
        } else if (target instanceof MathExpr.Operation o && o.is(Operator.INDEXER) && !o.operands().isEmpty()
                && o.operands().get(0) instanceof MathExpr.Ident id) {
            names.add(id.name());
        } else if (target instanceof MathExpr.MatrixExpr m) {
            for (MathExpr element : m.elements()) {
                if (element instanceof MathExpr.Ident id) {
                    names.add(id.name());
                }
            }
        }
        return names;
    }

    /**
     * The statements in order; the block's value is the last value a statement yielded: an if whose conditions were
     * all false leaves the value before it (Mathcad keeps it), and an empty placeholder line is no statement.
     */
    private Node block(MathExpr.Program program, Scope scope) {
        List<Node> statements = new ArrayList<>();
        List<Boolean> conditionals = new ArrayList<>();
        for (MathExpr statement : program.statements()) {
            if (statement instanceof MathExpr.Placeholder) {
                continue;
            }
            statements.add(statement(statement, scope));
            conditionals.add(statement instanceof MathExpr.IfExpr);
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
    private Node body(MathExpr e, Scope scope) {
        return e instanceof MathExpr.Program p ? block(p, scope) : statement(e, scope);
    }

    private Node statement(MathExpr e, Scope scope) {
        if (e instanceof MathExpr.Define d && d.kind() == MathExpr.DefineKind.LOCAL) {
            return localDefine(d.target(), d.value(), scope);
        } else if (e instanceof MathExpr.IfExpr i) {
            return conditional(i, scope);
        } else if (e instanceof MathExpr.ForLoop f) {
            return forLoop(f, scope);
        } else if (e instanceof MathExpr.WhileLoop w) {
            return whileLoop(w, scope);
        } else if (e instanceof MathExpr.Return r) {
            Node value = expressions.compile(r.value().orElseThrow(
                    () -> new Unsupported("ml:return with 0 parts")), scope, false);
            return frame -> {
                throw new ControlSignal.Return(value.eval(frame));
            };
        } else if (e instanceof MathExpr.Break) {
            return frame -> {
                throw new ControlSignal.Break();
            };
        } else if (e instanceof MathExpr.Continue) {
            return frame -> {
                throw new ControlSignal.Continue();
            };
        } else if (e instanceof MathExpr.TryCatch t) {
            return tryCatch(t, scope);
        } else if (e instanceof MathExpr.Program p) {
            return block(p, scope);
        }
        return expressions.compile(e, scope, false);
    }

    private Node localDefine(MathExpr target, MathExpr valueExpr, Scope scope) {
        if (target instanceof MathExpr.Ident id) {
            Scope.Binding binding = scope.declareLocal(id.name());
            Node value = expressions.compile(valueExpr, scope, false);
            int slot = binding.slot();
            return frame -> {
                Value v = value.eval(frame);
                frame.set(slot, v);
                return v;
            };
        }
        if (target instanceof MathExpr.FunctionHead f) {
            String name = f.name() instanceof MathExpr.Ident id ? id.name() : f.name().element();
            Scope.Binding binding = scope.declareLocal(name);
            Node function = expressions.function(name, f.parameters(), valueExpr, scope);
            int slot = binding.slot();
            return frame -> {
                Value fn = function.eval(frame);
                frame.set(slot, fn);
                return fn;
            };
        }
        if (target instanceof MathExpr.Operation o && o.is(Operator.INDEXER)) {
            return elementAssignment(o, valueExpr, scope);
        }
        if (target instanceof MathExpr.Operation || target instanceof MathExpr.Apply) {
            throw new Unsupported("a local definition of an expression");
        }
        if (target instanceof MathExpr.MatrixExpr m) {
            return multipleAssignment(m, valueExpr, scope);
        }
        throw new Unsupported("a local definition of ml:" + target.element());
    }

    private Node elementAssignment(MathExpr.Operation target, MathExpr valueExpr, Scope scope) {
        List<MathExpr> parts = target.operands();
        if (parts.size() != 2 || !(parts.get(0) instanceof MathExpr.Ident id)) {
            throw new Unsupported("a local definition of an expression");
        }
        String name = id.name();
        Scope.Binding binding = scope.declareLocal(name);
        Node current = expressions.read(scope.resolve(name), false);
        List<MathExpr> indices = ExpressionCompiler.arguments(parts.subList(1, 2));
        if (indices.size() > 2) {
            throw new Unsupported("a subscript with " + indices.size() + " indices");
        }
        Node row = expressions.compile(indices.get(0), scope, false);
        Node col = indices.size() == 2 ? expressions.compile(indices.get(1), scope, false) : null;
        Node value = expressions.compile(valueExpr, scope, false);
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

    private Node multipleAssignment(MathExpr.MatrixExpr target, MathExpr valueExpr, Scope scope) {
        int rows = target.rows();
        int cols = target.cols();
        List<MathExpr> elements = target.elements();
        int[] slots = new int[elements.size()];
        for (int i = 0; i < slots.length; i++) {
            if (!(elements.get(i) instanceof MathExpr.Ident id)) {
                throw new Unsupported("a multiple assignment to an expression");
            }
            slots[i] = scope.declareLocal(id.name()).slot();
        }
        Node value = expressions.compile(valueExpr, scope, false);
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

    private Node conditional(MathExpr.IfExpr conditional, Scope scope) {
        List<Node> tests = new ArrayList<>();
        List<Node> branches = new ArrayList<>();
        boolean alsoIf = false;
        boolean elseIf = false;
        for (MathExpr.Branch branch : conditional.branches()) {
            alsoIf |= branch.kind() == MathExpr.BranchKind.ALSO_IF;
            elseIf |= branch.kind() == MathExpr.BranchKind.ELSE_IF;
            tests.add(expressions.compile(part(branch.test(), "a test"), scope, false));
            branches.add(body(part(branch.body(), "a branch"), scope));
        }
        Node otherwise = conditional.otherwise().isPresent() ? body(conditional.otherwise().get(), scope) : null;
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

    private static MathExpr part(Optional<MathExpr> part, String what) {
        return part.orElseThrow(() -> new Unsupported("an if statement without " + what));
    }

    private Node forLoop(MathExpr.ForLoop loop, Scope scope) {
        if (!(loop.variable() instanceof MathExpr.Ident variable)) {
            throw new Unsupported("a for loop of unexpected shape");
        }
        int slot = scope.declareLocal(variable.name()).slot();
        Node iterable = loop.over() instanceof MathExpr.RangeExpr r ? expressions.range(r, scope)
                : expressions.compile(loop.over(), scope, false);
        Node body = body(loop.body(), scope);
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

    private Node whileLoop(MathExpr.WhileLoop loop, Scope scope) {
        Node test = expressions.compile(loop.test(), scope, false);
        Node body = body(loop.body(), scope);
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

    private Node tryCatch(MathExpr.TryCatch t, Scope scope) {
        Node attempt = body(t.attempt(), scope);
        Node recovery = body(t.recovery(), scope);
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
    Node iteratedOperator(Operator operator, List<MathExpr> operands, Scope scope) {
        String name = operator.element();
        boolean sum = operator == Operator.SUMMATION;
        MathExpr lower = null;
        MathExpr upper = null;
        for (MathExpr operand : operands.subList(1, operands.size())) {
            if (operand instanceof MathExpr.Bound b && b.kind() == MathExpr.BoundKind.LOWER) {
                lower = b.value();
            } else if (operand instanceof MathExpr.Bound b && b.kind() == MathExpr.BoundKind.UPPER) {
                upper = b.value();
            } else {
                throw new Unsupported("ml:" + operand.element() + " in " + name);
            }
        }
        if (!(operands.get(0) instanceof MathExpr.Lambda lambda) || upper == null) {
            throw new Unsupported(name + " of unexpected shape");
        }
        List<MathExpr> bound = lambda.parameters();
        if (sum && bound.size() == 1 && bound.get(0) instanceof MathExpr.Placeholder && lower == null
                && upper instanceof MathExpr.Placeholder) {
            return vectorSum(expressions.compile(lambda.body(), scope, false));
        }
        if (bound.size() != 1 || !(bound.get(0) instanceof MathExpr.Ident indexId)) {
            throw new Unsupported(name + " over " + bound.size() + " variables");
        }
        String index = indexId.name();
        Node values;
        if (lower == null && upper instanceof MathExpr.Placeholder) {
            Scope.Resolved range = scope.resolve(index);
            if (range == null) {
                throw new Unsupported(name + " over " + index + ", which is not defined above");
            }
            values = expressions.read(range, false);
        } else if (lower != null && !(upper instanceof MathExpr.Placeholder)) {
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
            term = expressions.compile(lambda.body(), scope, false);
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
