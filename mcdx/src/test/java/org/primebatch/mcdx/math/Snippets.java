package org.primebatch.mcdx.math;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Builds math regions from XML snippets in the shape Mathcad writes them. */
final class Snippets {
    private Snippets() {
    }

    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element math(String snippet) {
        String xml = "<math xmlns=\"http://schemas.mathsoft.com/worksheet50\" xmlns:ml=\"http://schemas.mathsoft.com/math50\""
                + " xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\">" + snippet + "</math>";
        try {
            Element math = parser().parse(new InputSource(new StringReader(xml))).getDocumentElement();
            return Xml.children(math).get(0);
        } catch (Exception e) {
            throw new IllegalArgumentException(snippet, e);
        }
    }

    /** Regions numbered 0, 1, 2, … */
    static List<MathRegion> regions(String... snippets) {
        List<MathRegion> regions = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            regions.add(new MathRegion(Integer.toString(i), math(snippets[i])));
        }
        return regions;
    }

    static String real(double v) {
        return "<ml:real>" + v + "</ml:real>";
    }

    static String id(String name) {
        return "<ml:id labels=\"VARIABLE\">" + name + "</ml:id>";
    }

    static String unit(String name) {
        return "<ml:id labels=\"UNIT\">" + name + "</ml:id>";
    }

    static String fn(String name) {
        return "<ml:id labels=\"FUNCTION\">" + name + "</ml:id>";
    }

    static String str(String text) {
        return "<ml:str>" + text + "</ml:str>";
    }

    static String apply(String operator, String... operands) {
        return "<ml:apply><ml:" + operator + "/>" + String.join("", operands) + "</ml:apply>";
    }

    static String call(String function, String... arguments) {
        String args = arguments.length == 1 ? arguments[0] : "<ml:sequence>" + String.join("", arguments) + "</ml:sequence>";
        return "<ml:apply>" + fn(function) + args + "</ml:apply>";
    }

    static String define(String name, String body) {
        return "<ml:define>" + id(name) + body + "</ml:define>";
    }

    static String eval(String expression) {
        return "<ml:eval>" + expression + "<ml:unitOverride><ml:placeholder/></ml:unitOverride></ml:eval>";
    }

    static String evalIn(String expression, String unitExpression) {
        return "<ml:eval>" + expression + "<ml:unitOverride>" + unitExpression + "</ml:unitOverride></ml:eval>";
    }

    static String matrix(int rows, int cols, String... columnMajor) {
        return "<ml:matrix rows=\"" + rows + "\" cols=\"" + cols + "\">" + String.join("", columnMajor) + "</ml:matrix>";
    }

    static String function(String name, String body, String... parameters) {
        StringBuilder bound = new StringBuilder();
        for (String p : parameters) {
            bound.append(id(p));
        }
        return "<ml:define><ml:function>" + fn(name) + "<ml:boundVars>" + bound + "</ml:boundVars></ml:function>"
                + body + "</ml:define>";
    }

    static Results run(String... snippets) {
        return MathProgram.compile(regions(snippets), 0).run(Map.of());
    }

    /** The value a region defined or evaluated; fails the test for any other outcome. */
    static Value value(Results results, int region) {
        Outcome o = results.of(Integer.toString(region));
        if (o instanceof Outcome.Defined d) {
            return d.value();
        }
        if (o instanceof Outcome.Evaluated e) {
            return e.value();
        }
        throw new AssertionError("region " + region + ": " + o);
    }

    static double number(Results results, int region) {
        return ((Scalar) value(results, region)).si();
    }
}
