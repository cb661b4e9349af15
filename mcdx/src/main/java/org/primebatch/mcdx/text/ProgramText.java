package org.primebatch.mcdx.text;

import org.primebatch.mcdx.xml.Dom;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

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

    /** A program (or a lone statement) as a piece: one line when it is one expression, else a block. */
    static Piece piece(Element e, ExpressionText text) {
        ProgramText program = new ProgramText(text);
        if (Dom.isMath(e, "program")) {
            List<Element> statements = Dom.children(e);
            if (statements.size() == 1 && isExpression(statements.get(0))) {
                return text.render(statements.get(0));
            }
        }
        List<String> lines = program.statement(e);
        return new Piece(String.join("\n", lines), Precedence.LOWEST);
    }

    static String indent(String block) {
        return String.join("\n", block.lines().map(l -> INDENT + l).toList());
    }

    private static boolean isExpression(Element e) {
        return switch (Dom.name(e)) {
            case "localDefine", "if", "for", "while", "tryCatch", "return", "break", "continue", "program" -> false;
            default -> true;
        };
    }

    private List<String> statement(Element e) {
        List<Element> parts = Dom.children(e);
        return switch (Dom.name(e)) {
            case "program" -> {
                List<String> lines = new ArrayList<>();
                parts.forEach(s -> lines.addAll(statement(s)));
                yield lines;
            }
            case "if" -> conditional(parts);
            case "for" -> parts.size() == 3
                    ? headed("for " + text.inline(parts.get(0)) + " ∈ " + text.inline(parts.get(1)), parts.get(2))
                    : List.of(text.inline(e));
            case "while" -> parts.size() == 2
                    ? headed("while " + text.inline(parts.get(0)), parts.get(1))
                    : List.of(text.inline(e));
            case "tryCatch" -> {
                List<String> lines = new ArrayList<>();
                if (!parts.isEmpty()) {
                    lines.addAll(headed("try", parts.get(0)));
                }
                if (parts.size() > 1) {
                    lines.addAll(headed("on error", parts.get(1)));
                }
                yield lines;
            }
            case "return" -> List.of(parts.isEmpty() ? "return" : "return " + text.inline(parts.get(0)));
            case "break", "continue" -> List.of(Dom.name(e));
            default -> text.render(e).text().lines().toList();
        };
    }

    private List<String> conditional(List<Element> parts) {
        List<String> lines = new ArrayList<>();
        String test = "";
        for (Element part : parts) {
            List<Element> inside = Dom.children(part);
            switch (Dom.name(part)) {
                case "test" -> test = inside.isEmpty() ? ExpressionText.PLACEHOLDER : text.inline(inside.get(0));
                case "then" -> lines.addAll(inside.isEmpty() ? List.of("if " + test + ":")
                        : headed("if " + test, inside.get(0)));
                case "elseif", "alsoif" -> {
                    String keyword = Dom.name(part).equals("elseif") ? "else if " : "also if ";
                    Element condition = inside.stream().filter(c -> Dom.isMath(c, "test")).findFirst().orElse(null);
                    Element body = inside.stream().filter(c -> Dom.isMath(c, "then")).findFirst().orElse(null);
                    String c = condition == null ? ExpressionText.PLACEHOLDER : text.inline(condition);
                    lines.addAll(body == null || Dom.children(body).isEmpty() ? List.of(keyword + c + ":")
                            : headed(keyword + c, Dom.children(body).get(0)));
                }
                case "else" -> lines.addAll(inside.isEmpty() ? List.of("else:") : headed("else", inside.get(0)));
                default -> lines.add("‹" + Dom.name(part) + "›");
            }
        }
        return lines;
    }

    /** {@code header: body} when the body is one line, else the header alone with the body indented below. */
    private List<String> headed(String header, Element body) {
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
