package org.primebatch.mcdx.write;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The elements of an XML text with their character offsets, so that parts of it can be replaced while every other
 * character stays as it was. Namespace aware; text, comments, processing instructions and CDATA are skipped. The text
 * must be well-formed (it was parsed before); a document type declaration is refused as the package reader refuses it.
 */
final class XmlOutline {
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    private final String text;
    private final String source;
    private int pos;

    private XmlOutline(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The root element of {@code text}. */
    static XmlNode root(String text, String source) {
        return new XmlOutline(text, source).parse();
    }

    private XmlNode parse() {
        Deque<XmlNode> open = new ArrayDeque<>();
        XmlNode root = null;
        while (true) {
            int lt = text.indexOf('<', pos);
            if (lt < 0) {
                break;
            }
            if (text.startsWith("<?", lt)) {
                pos = after("?>", lt);
            } else if (text.startsWith("<!--", lt)) {
                pos = after("-->", lt);
            } else if (text.startsWith("<![CDATA[", lt)) {
                pos = after("]]>", lt);
            } else if (text.startsWith("<!", lt)) {
                throw error(lt, "a document type declaration is not accepted");
            } else if (text.startsWith("</", lt)) {
                XmlNode closed = open.poll();
                if (closed == null) {
                    throw error(lt, "an end tag without a start tag");
                }
                closed.contentEnd = lt;
                closed.end = after(">", lt);
                pos = closed.end;
            } else {
                XmlNode element = startTag(lt, open.peek());
                if (element.parent != null) {
                    element.parent.children.add(element);
                } else if (root == null) {
                    root = element;
                } else {
                    throw error(lt, "a second root element");
                }
                if (element.end == 0) {
                    open.push(element);
                }
            }
        }
        if (root == null || !open.isEmpty()) {
            throw error(text.length(), "the document ends before its elements do");
        }
        return root;
    }

    private XmlNode startTag(int lt, XmlNode parent) {
        pos = lt + 1;
        String qname = name();
        Map<String, String> attributes = new LinkedHashMap<>();
        Map<String, String> declarations = new LinkedHashMap<>();
        boolean selfClosing;
        while (true) {
            skipSpaces();
            char c = charAt(pos);
            if (c == '>') {
                pos++;
                selfClosing = false;
                break;
            }
            if (c == '/' && charAt(pos + 1) == '>') {
                pos += 2;
                selfClosing = true;
                break;
            }
            String attribute = name();
            skipSpaces();
            if (charAt(pos) != '=') {
                throw error(pos, "'=' expected after attribute " + attribute);
            }
            pos++;
            skipSpaces();
            char quote = charAt(pos);
            if (quote != '"' && quote != '\'') {
                throw error(pos, "a quoted value expected for attribute " + attribute);
            }
            int close = text.indexOf(quote, pos + 1);
            if (close < 0) {
                throw error(pos, "an attribute value that is not closed");
            }
            String value = decode(text.substring(pos + 1, close));
            pos = close + 1;
            attributes.put(attribute, value);
            if (attribute.equals("xmlns")) {
                declarations.put("", value);
            } else if (attribute.startsWith("xmlns:")) {
                declarations.put(attribute.substring(6), value);
            }
        }
        int colon = qname.indexOf(':');
        String prefix = colon < 0 ? "" : qname.substring(0, colon);
        String local = colon < 0 ? qname : qname.substring(colon + 1);
        XmlNode resolved = new XmlNode(namespace(prefix, declarations, parent, lt), local, prefix, lt, pos, parent,
                attributes, declarations);
        if (selfClosing) {
            resolved.contentEnd = pos;
            resolved.end = pos;
        }
        return resolved;
    }

    private String namespace(String prefix, Map<String, String> declarations, XmlNode parent, int at) {
        if (prefix.equals("xml")) {
            return XML_NAMESPACE;
        }
        if (declarations.containsKey(prefix)) {
            String ns = declarations.get(prefix);
            return ns.isEmpty() ? null : ns;
        }
        for (XmlNode n = parent; n != null; n = n.parent) {
            String ns = n.declarations.get(prefix);
            if (ns != null) {
                return ns.isEmpty() ? null : ns;
            }
        }
        if (prefix.isEmpty()) {
            return null;
        }
        throw error(at, "the prefix '" + prefix + "' is not declared");
    }

    private String name() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c) || c == '>' || c == '/' || c == '=') {
                break;
            }
            pos++;
        }
        if (pos == start) {
            throw error(start, "a name expected");
        }
        return text.substring(start, pos);
    }

    private static String decode(String raw) {
        if (raw.indexOf('&') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            int semicolon = c == '&' ? raw.indexOf(';', i) : -1;
            if (semicolon < 0) {
                out.append(c);
                i++;
                continue;
            }
            String entity = raw.substring(i + 1, semicolon);
            switch (entity) {
                case "amp" -> out.append('&');
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> out.appendCodePoint(entity.startsWith("#x")
                        ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1)));
            }
            i = semicolon + 1;
        }
        return out.toString();
    }

    private int after(String terminator, int from) {
        int at = text.indexOf(terminator, from);
        if (at < 0) {
            throw error(from, "'" + terminator + "' expected");
        }
        return at + terminator.length();
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private char charAt(int i) {
        if (i >= text.length()) {
            throw error(i, "the document ends inside a tag");
        }
        return text.charAt(i);
    }

    private CaseWriteException error(int at, String what) {
        return new CaseWriteException(source + ": cannot be rewritten: " + what + " at character " + at);
    }
}
