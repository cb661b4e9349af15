package org.primebatch.mcdx.write;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primebatch.mcdx.xml.McdxNamespaces;

/**
 * Rewrites the {@code <resultData>} entries of result.xml: each entry is replaced as a whole (its old value, engine
 * errors and warnings go); the characters between entries, the root and the declaration stay as they were.
 */
final class ResultListSplicer {
    private static final Pattern STATUS = Pattern.compile("calculation-status\\s*=\\s*(\"[^\"]*\"|'[^']*')");
    private static final Pattern TAG_END = Pattern.compile("\\s*/?>$");

    private ResultListSplicer() {
    }

    /**
     * {@code entryFor} gives, for a result id and the markup writer of its place, what the entry is to hold; entries
     * without a readable id are kept.
     */
    static byte[] splice(byte[] resultXml, BiFunction<Integer, MathMarkup, ResultEntry> entryFor, String source) {
        PartText part = PartText.decode(resultXml, source);
        XmlNode root = XmlOutline.root(part.text(), source);
        for (XmlNode data : root.children(McdxNamespaces.RESULT, "resultData")) {
            Integer id = resultId(data);
            if (id == null) {
                continue;
            }
            MathMarkup ml = MathMarkup.withPrefixes(data.prefixFor(McdxNamespaces.MATH).orElse(null),
                    data.prefixFor(McdxNamespaces.UNITS).orElse(null));
            ResultEntry entry = entryFor.apply(id, ml);
            if (!entry.keep()) {
                part.replace(data.start, data.end, rewritten(part.text(), data, entry, ml));
            }
        }
        return part.encode();
    }

    private static String rewritten(String text, XmlNode data, ResultEntry entry, MathMarkup ml) {
        String startTag = text.substring(data.start, data.startTagEnd);
        Matcher status = STATUS.matcher(startTag);
        String attribute = "calculation-status=\"" + entry.status() + "\"";
        String open = TAG_END.matcher(startTag).replaceFirst("");
        open = status.find() ? open.replace(status.group(), attribute) : open + " " + attribute;
        if (entry.resultContent() == null) {
            return open + " />";
        }
        String qname = data.prefix.isEmpty() ? data.localName : data.prefix + ":" + data.localName;
        return open + ">" + ml.result(entry.resultContent()) + "</" + qname + ">";
    }

    private static Integer resultId(XmlNode data) {
        String id = data.attribute("result-id");
        try {
            return id == null ? null : Integer.valueOf(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
