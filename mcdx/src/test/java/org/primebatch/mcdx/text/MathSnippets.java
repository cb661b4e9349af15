package org.primebatch.mcdx.text;

import org.primebatch.mcdx.xml.Dom;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The expression of a {@code <math>} written as in worksheet.xml. */
final class MathSnippets {
    private static final String SUBSCRIPTED = "<Span xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\""
            + " xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\">%s<pw:Subscript>%s</pw:Subscript></Span>";

    private MathSnippets() {
    }

    static Element math(String snippet) {
        String xml = "<math xmlns=\"http://schemas.mathsoft.com/worksheet50\""
                + " xmlns:ml=\"http://schemas.mathsoft.com/math50\">" + snippet + "</math>";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Element math = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return Dom.children(math).get(0);
        } catch (Exception e) {
            throw new IllegalArgumentException(snippet, e);
        }
    }

    static String text(String snippet) {
        return MathText.of(math(snippet));
    }

    static String id(String name) {
        return "<ml:id labels=\"VARIABLE\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    static String id(String name, String subscript) {
        return id(String.format(SUBSCRIPTED, name, subscript));
    }

    static String unit(String name) {
        return "<ml:id labels=\"UNIT\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    static String fn(String name) {
        return "<ml:id labels=\"FUNCTION\" label-is-contextual=\"true\" xml:space=\"preserve\">" + name + "</ml:id>";
    }

    static String real(String literal) {
        return "<ml:real>" + literal + "</ml:real>";
    }

    static String str(String text) {
        return "<ml:str xml:space=\"preserve\">" + text + "</ml:str>";
    }

    static String apply(String operator, String... operands) {
        return "<ml:apply><ml:" + operator + " />" + String.join("", operands) + "</ml:apply>";
    }

    static String call(String function, String... arguments) {
        String args = arguments.length == 1 ? arguments[0] : "<ml:sequence>" + String.join("", arguments) + "</ml:sequence>";
        return "<ml:apply>" + function + args + "</ml:apply>";
    }

    static String define(String target, String body) {
        return "<ml:define>" + target + body + "</ml:define>";
    }

    static String eval(String expression) {
        return "<ml:eval>" + expression + "<ml:unitOverride><ml:placeholder /></ml:unitOverride></ml:eval>";
    }

    static String evalIn(String expression, String unit) {
        return "<ml:eval>" + expression + "<ml:unitOverride>" + unit + "</ml:unitOverride></ml:eval>";
    }

    static String parens(String inner) {
        return "<ml:parens>" + inner + "</ml:parens>";
    }
}
