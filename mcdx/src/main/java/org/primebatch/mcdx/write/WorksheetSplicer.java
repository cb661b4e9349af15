package org.primebatch.mcdx.write;

import java.util.List;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * Replaces the values of input definitions in worksheet.xml. Only the characters of each replaced value change; the
 * rest of the part, byte order mark and declaration included, stays byte for byte.
 */
final class WorksheetSplicer {
    private WorksheetSplicer() {
    }

    static byte[] splice(byte[] worksheetXml, List<CaseInputs.Resolved> inputs, String source) {
        PartText part = PartText.decode(worksheetXml, source);
        XmlNode root = XmlOutline.root(part.text(), source);
        List<XmlNode> regions = root.descendants().stream()
                .filter(n -> n.is(McdxNamespaces.WORKSHEET, "region")).toList();
        for (CaseInputs.Resolved input : inputs) {
            XmlNode target = target(regions, input, source);
            XmlNode define = target.parent.is(McdxNamespaces.MATH, "eval") ? target.parent.parent : target.parent;
            LiteralMarkup literal = new LiteralMarkup(MathMarkup.withPrefixes(define.prefix, null));
            String what = "the value of input '" + input.alias() + "'";
            part.replace(target.start, target.end, literal.of(input.value(), input.unitTerm(), what));
        }
        return part.encode();
    }

    private static XmlNode target(List<XmlNode> regions, CaseInputs.Resolved input, String source) {
        String id = Integer.toString(input.regionId());
        List<XmlNode> matching = regions.stream().filter(r -> id.equals(r.attribute("region-id"))).toList();
        if (matching.size() != 1) {
            throw new CaseWriteException(source + ": region " + id + " of input '" + input.alias() + "' appears "
                    + matching.size() + " times in the worksheet; cannot tell which to change");
        }
        XmlNode define = matching.get(0).children(McdxNamespaces.WORKSHEET, "math").stream()
                .flatMap(m -> m.firstChildIn(McdxNamespaces.MATH).stream())
                .filter(e -> e.is(McdxNamespaces.MATH, "define") || e.is(McdxNamespaces.MATH, "globalDefine"))
                .findFirst()
                .orElseThrow(() -> new CaseWriteException(source + ": region " + id + " of input '" + input.alias()
                        + "' is not a definition"));
        if (define.children.size() < 2) {
            throw new CaseWriteException(source + ": the definition in region " + id + " has no right-hand side");
        }
        XmlNode body = define.children.get(1);
        if (body.is(McdxNamespaces.MATH, "eval")) {
            if (body.children.isEmpty()) {
                throw new CaseWriteException(source + ": the definition in region " + id + " evaluates nothing");
            }
            return body.children.get(0);
        }
        return body;
    }
}
