package org.primebatch.mcdx.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of an {@link XmlOutline}: its expanded name, attributes (by qualified name, values decoded) and where it
 * lies in the text: {@code start} at its {@code <}, {@code startTagEnd} just after its start tag, {@code contentEnd} at
 * the {@code <} of its end tag (equal to {@code startTagEnd} when self-closing) and {@code end} just after it.
 */
final class XmlNode {
    final String namespace;
    final String localName;
    final String prefix;
    final int start;
    final int startTagEnd;
    final XmlNode parent;
    final Map<String, String> attributes;
    final Map<String, String> declarations;
    final List<XmlNode> children = new ArrayList<>();
    int contentEnd;
    int end;

    XmlNode(String namespace, String localName, String prefix, int start, int startTagEnd, XmlNode parent,
            Map<String, String> attributes, Map<String, String> declarations) {
        this.namespace = namespace;
        this.localName = localName;
        this.prefix = prefix;
        this.start = start;
        this.startTagEnd = startTagEnd;
        this.parent = parent;
        this.attributes = attributes;
        this.declarations = declarations;
    }

    boolean is(String ns, String local) {
        return ns.equals(namespace) && local.equals(localName);
    }

    String attribute(String name) {
        return attributes.get(name);
    }

    List<XmlNode> children(String ns, String local) {
        return children.stream().filter(c -> c.is(ns, local)).toList();
    }

    Optional<XmlNode> firstChildIn(String ns) {
        return children.stream().filter(c -> ns.equals(c.namespace)).findFirst();
    }

    /** A prefix bound to {@code ns} where this element stands ({@code ""} for the default namespace), if any. */
    Optional<String> prefixFor(String ns) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (XmlNode n = this; n != null; n = n.parent) {
            for (Map.Entry<String, String> d : n.declarations.entrySet()) {
                seen.putIfAbsent(d.getKey(), d.getValue());
            }
        }
        return seen.entrySet().stream().filter(e -> ns.equals(e.getValue())).map(Map.Entry::getKey).findFirst();
    }

    /** All elements below this one, depth first in document order. */
    List<XmlNode> descendants() {
        List<XmlNode> out = new ArrayList<>();
        collect(this, out);
        return out;
    }

    private static void collect(XmlNode node, List<XmlNode> out) {
        for (XmlNode child : node.children) {
            out.add(child);
            collect(child, out);
        }
    }
}
