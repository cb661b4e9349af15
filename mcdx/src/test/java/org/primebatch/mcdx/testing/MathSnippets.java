package org.primebatch.mcdx.testing;

import java.nio.charset.StandardCharsets;
import org.primebatch.mcdx.xml.Dom;
import org.primebatch.mcdx.xml.SafeXml;
import org.w3c.dom.Element;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.MathParser;

/** Math as worksheet.xml writes it, built from snippets and parsed as a worksheet's parts are. */
public final class MathSnippets {
    private static final String SUBSCRIPTED = "<Span xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\""
            + " xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\">%s<pw:Subscript>%s</pw:Subscript></Span>";

    private MathSnippets() {
    }

    /** The expression of a {@code <math>} holding {@code snippet}. */
    public static MathExpr math(String snippet) {
        String xml = "<math xmlns=\"http://schemas.mathsoft.com/worksheet50\" xmlns:ml=\"http://schemas.mathsoft.com/math50\""
                + " xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\">" + snippet + "</math>";
        try {
            Element math = SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "a math snippet").getDocumentElement();
            return MathParser.parse(Dom.children(math).get(0));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(snippet, e);
        }
    }

    public static String id(String name) {
        return "<ml:id labels=\"VARIABLE\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    /** {@code name} with {@code subscript} as Mathcad writes a literal subscript. */
    public static String id(String name, String subscript) {
        return id(String.format(SUBSCRIPTED, name, subscript));
    }

    public static String unit(String name) {
        return "<ml:id labels=\"UNIT\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    public static String fn(String name) {
        return "<ml:id labels=\"FUNCTION\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    public static String real(double value) {
        return real(Double.toString(value));
    }

    /** A number as written, such as {@code 12} or {@code 1.5E-3}. */
    public static String real(String literal) {
        return "<ml:real>" + literal + "</ml:real>";
    }

    public static String str(String text) {
        return "<ml:str xml:space=\"preserve\">" + text + "</ml:str>";
    }

    public static String parens(String inner) {
        return "<ml:parens>" + inner + "</ml:parens>";
    }

    public static String apply(String operator, String... operands) {
        return "<ml:apply><ml:" + operator + " />" + String.join("", operands) + "</ml:apply>";
    }

    /** A call of the function named {@code function}. */
    public static String call(String function, String... arguments) {
        return callOf(fn(function), arguments);
    }

    /** A call of {@code callee}, any expression. */
    public static String callOf(String callee, String... arguments) {
        String args = arguments.length == 1 ? arguments[0] : "<ml:sequence>" + String.join("", arguments) + "</ml:sequence>";
        return "<ml:apply>" + callee + args + "</ml:apply>";
    }

    /** {@code name := body}. */
    public static String define(String name, String body) {
        return definition(id(name), body);
    }

    /** {@code target := body}, the target written out: an id, a function, an indexed element. */
    public static String definition(String target, String body) {
        return "<ml:define>" + target + body + "</ml:define>";
    }

    /** {@code name(parameters…) := body}. */
    public static String function(String name, String body, String... parameters) {
        StringBuilder bound = new StringBuilder();
        for (String p : parameters) {
            bound.append(id(p));
        }
        return definition("<ml:function>" + fn(name) + "<ml:boundVars>" + bound + "</ml:boundVars></ml:function>", body);
    }

    public static String eval(String expression) {
        return evalIn(expression, "<ml:placeholder />");
    }

    public static String evalIn(String expression, String unit) {
        return "<ml:eval>" + expression + "<ml:unitOverride>" + unit + "</ml:unitOverride></ml:eval>";
    }

    public static String matrix(int rows, int cols, String... columnMajor) {
        return "<ml:matrix rows=\"" + rows + "\" cols=\"" + cols + "\">" + String.join("", columnMajor) + "</ml:matrix>";
    }
}
