package org.primebatch.mcdx.write;

import java.util.List;
import org.primebatch.mcdx.xml.McdxNamespaces;
import org.primebatch.mcdx.units.MonomialTerm;
import org.primebatch.mcdx.units.StoredMonomial;

/**
 * Writes math elements as text with the prefixes the part already binds to the math and units namespaces; when the
 * part binds none, the element written declares its own.
 */
final class MathMarkup {
    private final String ml;
    private final String mlDeclaration;
    private final String u;
    private final String uDeclaration;

    private MathMarkup(String ml, String mlDeclaration, String u, String uDeclaration) {
        this.ml = ml;
        this.mlDeclaration = mlDeclaration;
        this.u = u;
        this.uDeclaration = uDeclaration;
    }

    /** Markup for a place where {@code mlPrefix} and {@code uPrefix} are bound (null when they are not). */
    static MathMarkup withPrefixes(String mlPrefix, String uPrefix) {
        return new MathMarkup(
                qualifier(mlPrefix, "ml"),
                mlPrefix == null ? " xmlns:ml=\"" + McdxNamespaces.MATH + "\"" : "",
                qualifier(uPrefix, "u"),
                uPrefix == null ? " xmlns:u=\"" + McdxNamespaces.UNITS + "\"" : "");
    }

    private static String qualifier(String prefix, String fallback) {
        String p = prefix == null ? fallback : prefix;
        return p.isEmpty() ? "" : p + ":";
    }

    /** The namespace declarations an outermost element written here must carry (empty when the part has them). */
    String declarations() {
        return mlDeclaration + uDeclaration;
    }

    String real(String number) {
        return "<" + ml + "real>" + number + "</" + ml + "real>";
    }

    String str(String text, String what) {
        String escaped = XmlText.escape(text, what);
        boolean preserve = text.isBlank() || !text.equals(text.strip());
        return "<" + ml + "str" + (preserve ? " xml:space=\"preserve\"" : "") + ">" + escaped + "</" + ml + "str>";
    }

    String unitId(String name) {
        return "<" + ml + "id labels=\"UNIT\" xml:space=\"preserve\">" + XmlText.escape(name, "a unit name") + "</"
                + ml + "id>";
    }

    /** {@code <ml:apply><ml:operator />operands…</ml:apply>} */
    String apply(String operator, String... operands) {
        StringBuilder out = new StringBuilder("<").append(ml).append("apply><").append(ml).append(operator).append(" />");
        for (String operand : operands) {
            out.append(operand);
        }
        return out.append("</").append(ml).append("apply>").toString();
    }

    String parens(String inner) {
        return "<" + ml + "parens>" + inner + "</" + ml + "parens>";
    }

    /** Elements given column by column. */
    String matrix(int rows, int cols, List<String> elements) {
        StringBuilder out = new StringBuilder("<").append(ml).append("matrix rows=\"").append(rows)
                .append("\" cols=\"").append(cols).append("\">");
        elements.forEach(out::append);
        return out.append("</").append(ml).append("matrix>").toString();
    }

    /** {@code <ml:result>content</ml:result>}, self-closing when there is no content; carries the declarations. */
    String result(String content) {
        String open = "<" + ml + "result" + declarations();
        return content.isEmpty() ? open + " />" : open + ">" + content + "</" + ml + "result>";
    }

    String unitedValue(String value, StoredMonomial monomial) {
        StringBuilder out = new StringBuilder("<").append(ml).append("unitedValue>").append(value)
                .append('<').append(u).append("unitMonomial>");
        for (MonomialTerm term : monomial.terms()) {
            out.append('<').append(u).append("unitReference unit=\"").append(XmlText.escape(term.unit(), "a unit name"))
                    .append("\" power-numerator=\"").append(term.numerator())
                    .append("\" power-denominator=\"").append(term.denominator()).append("\" />");
        }
        return out.append("</").append(u).append("unitMonomial></").append(ml).append("unitedValue>").toString();
    }
}
