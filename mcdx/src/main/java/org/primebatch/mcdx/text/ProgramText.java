package org.primebatch.mcdx.text;

import java.util.ArrayList;
import java.util.List;
import org.primebatch.mcdx.syntax.MathExpr;

/**
 * Programs as indented lines: {@code a ← 1}, {@code if x > 0: x} / {@code else: -x}, {@code for i ∈ 0..n:} with
 * its body below, {@code while …:}, {@code try:} / {@code on error:}, {@code return x}.
 */
final class ProgramText {
    private static final String INDENT = "  ";

    private final ExpressionText text;

    private ProgramText(ExpressionText text) {
        this.text = text;
    }

    /** Whether this class renders {@code e}: a program or one of its statements. */
    static boolean isProgram(MathExpr e) {
        return e instanceof MathExpr.Program || isStatement(e);
    }

    private static boolean isStatement(MathExpr e) {
        return e instanceof MathExpr.IfExpr || e instanceof MathExpr.ForLoop || e instanceof MathExpr.WhileLoop
                || e instanceof MathExpr.TryCatch || e instanceof MathExpr.Return || e instanceof MathExpr.Break
                || e instanceof MathExpr.Continue;
    }

    /** A program (or a lone statement) as a piece: one line when it is one expression, else a block. */
    static Piece piece(MathExpr e, ExpressionText text) {
        ProgramText program = new ProgramText(text);
        if (e instanceof MathExpr.Program p && p.statements().size() == 1 && isExpression(p.statements().get(0))) {
            return text.render(p.statements().get(0));
        }
        List<String> lines = program.statement(e);
        return new Piece(String.join("\n", lines), Precedence.LOWEST);
    }

    static String indent(String block) {
        return String.join("\n", block.lines().map(l -> INDENT + l).toList());
    }

    private static boolean isExpression(MathExpr e) {
        boolean local = e instanceof MathExpr.Define d && d.kind() == MathExpr.DefineKind.LOCAL;
        return !local && !isProgram(e);
    }

    private List<String> statement(MathExpr e) {
        if (e instanceof MathExpr.Program p) {
            List<String> lines = new ArrayList<>();
            p.statements().forEach(s -> lines.addAll(statement(s)));
            return lines;
        } else if (e instanceof MathExpr.IfExpr i) {
            return conditional(i);
        } else if (e instanceof MathExpr.ForLoop f) {
            return headed("for " + text.inline(f.variable()) + " ∈ " + text.inline(f.over()), f.body());
        } else if (e instanceof MathExpr.WhileLoop w) {
            return headed("while " + text.inline(w.test()), w.body());
        } else if (e instanceof MathExpr.TryCatch t) {
            List<String> lines = new ArrayList<>(headed("try", t.attempt()));
            lines.addAll(headed("on error", t.recovery()));
            return lines;
        } else if (e instanceof MathExpr.Return r) {
            return List.of(r.value().map(v -> "return " + text.inline(v)).orElse("return"));
        } else if (e instanceof MathExpr.Break || e instanceof MathExpr.Continue) {
            return List.of(e.element());
        }
        return text.render(e).text().lines().toList();
    }

    private List<String> conditional(MathExpr.IfExpr conditional) {
        List<String> lines = new ArrayList<>();
        for (MathExpr.Branch branch : conditional.branches()) {
            String keyword = switch (branch.kind()) {
                case IF -> "if ";
                case ELSE_IF -> "else if ";
                case ALSO_IF -> "also if ";
            };
            String header = keyword + branch.test().map(text::inline).orElse(ExpressionText.PLACEHOLDER);
            lines.addAll(branch.body().isEmpty() ? List.of(header + ":") : headed(header, branch.body().get()));
        }
        conditional.otherwise().ifPresent(otherwise -> lines.addAll(headed("else", otherwise)));
        return lines;
    }

    /** {@code header: body} when the body is one line, else the header alone with the body indented below. */
    private List<String> headed(String header, MathExpr body) {
        List<String> lines = statement(body);
        if (lines.size() == 1) {
            return List.of(header + ": " + lines.get(0));
        }
        List<String> out = new ArrayList<>();
        out.add(header + ":");
        lines.forEach(l -> out.add(INDENT + l));
        return out;
    }
}
