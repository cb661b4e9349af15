package org.primebatch.mcdx.math;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.Operator;

/**
 * Compiles what Mathcad computes by iteration or adaptive refinement: {@code root}, {@code find} and {@code minerr}
 * of a solve block, definite integrals and derivatives. Each marks the region's value as known only to the
 * tolerance {@link SolverTolerances} gives for it, so that check compares it at that tolerance.
 */
final class SolverCompiler {
    private final ExpressionCompiler expressions;
    private final SolverTolerances tolerances;

    SolverCompiler(ExpressionCompiler expressions, SolverTolerances tolerances) {
        this.expressions = expressions;
        this.tolerances = tolerances;
    }

    /** {@code root(f(x), x)} from the value of x defined above, or {@code root(f(x), x, a, b)} between a and b. */
    Node root(List<MathExpr> arguments, Scope scope) {
        if (arguments.size() != 2 && arguments.size() != 4) {
            throw new Unsupported("root with " + arguments.size() + " arguments");
        }
        MathExpr.Ident variable = variable(arguments.get(1), "root");
        Node function = expressions.function("root", List.<MathExpr>of(variable), arguments.get(0), scope);
        expressions.loosen(tolerances.relative(SolverTolerances.Source.ROOT));
        double tol = tolerances.tol();
        if (arguments.size() == 2) {
            Node guess = expressions.compile(variable, scope, false);
            return frame -> EvaluationBudget.within(() -> RootFinder.root(of(function.eval(frame)),
                    Arithmetic.scalar(guess.eval(frame), "root"), tol));
        }
        Node a = expressions.compile(arguments.get(2), scope, false);
        Node b = expressions.compile(arguments.get(3), scope, false);
        return frame -> EvaluationBudget.within(() -> RootFinder.root(of(function.eval(frame)),
                Arithmetic.scalar(a.eval(frame), "root"), Arithmetic.scalar(b.eval(frame), "root"), tol));
    }

    /** polyroots is a plain function whose roots come from an iteration. */
    void polyroots() {
        expressions.loosen(tolerances.relative(SolverTolerances.Source.POLYROOTS));
    }

    /** {@code ∫(a..b) f(x) dx}. */
    Node integral(List<MathExpr> operands, Scope scope) {
        MathExpr.Lambda lambda = lambda(operands, "∫");
        MathExpr lower = bound(operands, MathExpr.BoundKind.LOWER);
        MathExpr upper = bound(operands, MathExpr.BoundKind.UPPER);
        if (lower == null || upper == null) {
            throw new Unsupported("an indefinite integral");
        }
        Node function = expressions.function("∫", lambda.parameters(), lambda.body(), scope);
        Node a = expressions.compile(lower, scope, false);
        Node b = expressions.compile(upper, scope, false);
        expressions.loosen(tolerances.relative(SolverTolerances.Source.INTEGRAL));
        double tol = tolerances.tol();
        return frame -> EvaluationBudget.within(() -> Integration.integrate(of(function.eval(frame)),
                Arithmetic.scalar(a.eval(frame), "∫"), Arithmetic.scalar(b.eval(frame), "∫"), tol));
    }

    /** {@code dⁿ/dxⁿ f(x)} at the value x has where the derivative is written. */
    Node derivative(List<MathExpr> operands, Scope scope) {
        MathExpr.Lambda lambda = lambda(operands, "d/dx");
        MathExpr.Ident variable = variable(lambda.parameters().get(0), "d/dx");
        MathExpr degree = bound(operands, MathExpr.BoundKind.DEGREE);
        int order = degree == null || degree instanceof MathExpr.Placeholder ? 1 : order(degree);
        Node function = expressions.function("d/dx", lambda.parameters(), lambda.body(), scope);
        Node at = expressions.compile(variable, scope, false);
        expressions.loosen(SolverTolerances.derivative(order));
        return frame -> EvaluationBudget.within(() -> Differentiation.derivative(of(function.eval(frame)),
                Arithmetic.scalar(at.eval(frame), "d/dx"), order));
    }

    /**
     * {@code find(x, y, …)} or {@code minerr(x, y, …)} of a solve block: from the guess values written in the block
     * (else the unknowns' values above it), both they and the constraints evaluated where find is written (a
     * function's parameters included), the constraints with the unknowns bound to the solver's trial values.
     */
    Node solveBlock(String name, List<MathExpr> arguments, SolveBlockSource block, Scope scope) {
        if (arguments.isEmpty()) {
            throw new Unsupported(name + " without unknowns");
        }
        List<MathExpr> unknowns = new ArrayList<>();
        List<Node> guesses = new ArrayList<>();
        for (MathExpr argument : arguments) {
            MathExpr.Ident unknown = variable(argument, name);
            unknowns.add(unknown);
            guesses.add(expressions.compile(block.guesses().getOrDefault(unknown.name(), unknown), scope, false));
        }
        List<Compiled> compiled = new ArrayList<>();
        for (MathExpr constraint : block.constraints()) {
            if (!(constraint instanceof MathExpr.Operation o) || o.operands().size() != 2 || relation(o.operator()) == null) {
                throw new Unsupported("a solve block constraint written as " + constraint.element());
            }
            compiled.add(new Compiled(relation(o.operator()),
                    expressions.function(name, unknowns, o.operands().get(0), scope),
                    expressions.function(name, unknowns, o.operands().get(1), scope)));
        }
        if (compiled.isEmpty()) {
            throw new Unsupported(name + " in a solve block without constraints");
        }
        expressions.loosen(tolerances.relative(SolverTolerances.Source.SOLVE_BLOCK));
        boolean exact = name.equals("find");
        double ctol = tolerances.ctol();
        return frame -> {
            List<Value> start = new ArrayList<>(guesses.size());
            for (Node guess : guesses) {
                start.add(guess.eval(frame));
            }
            List<SolveBlock.Constraint> bound = new ArrayList<>(compiled.size());
            for (Compiled c : compiled) {
                FunctionValue left = function(c.left().eval(frame));
                FunctionValue right = function(c.right().eval(frame));
                bound.add(new SolveBlock.Constraint(c.relation(), left::call, right::call));
            }
            List<Value> solved = EvaluationBudget.within(() -> exact ? SolveBlock.find(start, bound, ctol)
                    : SolveBlock.minerr(start, bound));
            return SolveBlock.result(solved);
        };
    }

    private record Compiled(SolveBlock.Relation relation, Node left, Node right) {
    }

    private static SolveBlock.Relation relation(Operator operator) {
        return switch (operator) {
            case EQUAL -> SolveBlock.Relation.EQUAL;
            case LESS_THAN -> SolveBlock.Relation.LESS;
            case LESS_OR_EQUAL -> SolveBlock.Relation.LESS_OR_EQUAL;
            case GREATER_THAN -> SolveBlock.Relation.GREATER;
            case GREATER_OR_EQUAL -> SolveBlock.Relation.GREATER_OR_EQUAL;
            default -> null;
        };
    }

    private static MathExpr.Ident variable(MathExpr e, String where) {
        if (e instanceof MathExpr.Ident id && !id.isUnit()) {
            return id;
        }
        throw new Unsupported(where + " over something other than a variable name");
    }

    private static MathExpr.Lambda lambda(List<MathExpr> operands, String where) {
        if (operands.isEmpty() || !(operands.get(0) instanceof MathExpr.Lambda lambda)
                || lambda.parameters().size() != 1) {
            throw new Unsupported(where + " of unexpected shape");
        }
        return lambda;
    }

    private static MathExpr bound(List<MathExpr> operands, MathExpr.BoundKind kind) {
        for (MathExpr operand : operands.subList(1, operands.size())) {
            if (operand instanceof MathExpr.Bound b && b.kind() == kind) {
                return b.value();
            }
        }
        return null;
    }

    private static int order(MathExpr degree) {
        if (degree instanceof MathExpr.Num n && n.text().matches("[1-5]")) {
            return Integer.parseInt(n.text());
        }
        throw new Unsupported("a derivative of an order other than 1 to 5");
    }

    private static FunctionValue function(Value v) {
        if (v instanceof FunctionValue f) {
            return f;
        }
        throw new MathError("expected a function, found " + v.kind());
    }

    private static ScalarFunction of(Value v) {
        FunctionValue f = function(v);
        return x -> f.call(List.of(x));
    }
}
