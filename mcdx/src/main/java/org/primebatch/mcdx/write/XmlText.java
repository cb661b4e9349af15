package org.primebatch.mcdx.write;

/**
 * Text as XML character data and attribute values. Characters XML 1.0 cannot hold at all (most C0 controls, lone
 * surrogates, U+FFFE, U+FFFF) are refused rather than dropped; a carriage return is written as {@code &#13;} so that
 * line-end normalisation does not turn it into a line feed.
 */
final class XmlText {
    private XmlText() {
    }

    static String escape(String text, String what) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    } else if (allowed(c)) {
                        out.append(c);
                    } else {
                        throw new CaseWriteException(what + " holds the character U+"
                                + String.format("%04X", (int) c) + " at position " + (i + 1)
                                + ", which an XML file cannot hold");
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        return c == '\t' || c == '\n' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }
}
