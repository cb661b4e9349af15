package org.primebatch.mcdx.xml;

import org.primebatch.mcdx.McdxException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses untrusted XML parts: namespace aware, no DOCTYPE at all (so no entities, internal or external), no
 * external DTDs or schemas, no XInclude, secure processing with a small entity expansion limit, and a depth limit:
 * the readers and the math compiler walk the tree recursively, so a part nested deeper than
 * {@link #MAX_REGION_DEPTH} levels inside a region, or {@link #MAX_DEPTH} levels in all, is refused before they see it.
 */
public final class SafeXml {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    /** Levels of elements below a region (an element with a {@code region-id}), the region itself not counted. */
    public static final int MAX_REGION_DEPTH = 200;
    /** Levels of elements in a whole part, the root counted as 1. */
    public static final int MAX_DEPTH = 1000;

    private SafeXml() {
    }

    public static Document parse(byte[] content, String source) {
        DocumentBuilder builder;
        synchronized (FACTORY) {
            try {
                builder = FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the XML parser cannot be configured safely", e);
            }
        }
        builder.setErrorHandler(THROWING);
        builder.setEntityResolver((publicId, systemId) -> {
            throw new SAXException("external entity " + systemId + " refused");
        });
        int offset = startsWithBom(content) ? UTF8_BOM.length : 0;
        Document document;
        try {
            document = builder.parse(new ByteArrayInputStream(content, offset, content.length - offset));
        } catch (SAXParseException e) {
            if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
                throw new McdxException(source, "XML nests deeper than " + MAX_DEPTH + " levels", e);
            }
            throw new McdxException(source, "not well-formed XML at line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + e.getMessage(), e);
        } catch (SAXException e) {
            throw new McdxException(source, "XML refused: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new McdxException(source, "XML cannot be read: " + e.getMessage(), e);
        }
        checkDepth(document, source);
        return document;
    }

    /** Walks the tree without recursion and refuses it when it nests too deeply. */
    private static void checkDepth(Document document, String source) {
        Element root = document.getDocumentElement();
        if (root == null) {
            return;
        }
        // per open element: its depth below the innermost region around it (-1: no region around it)
        Deque<Element> regions = new ArrayDeque<>();
        Deque<Integer> regionDepths = new ArrayDeque<>();
        int depth = 1;
        Node node = root;
        while (node != null) {
            if (node instanceof Element e) {
                if (depth > MAX_DEPTH) {
                    throw new McdxException(source, "XML nests deeper than " + MAX_DEPTH + " levels");
                }
                if (!regionDepths.isEmpty() && depth - regionDepths.peek() > MAX_REGION_DEPTH) {
                    String id = regions.peek().getAttribute("region-id");
                    throw new McdxException(source, "region " + id + " nests deeper than " + MAX_REGION_DEPTH
                            + " levels");
                }
                if (e.hasAttribute("region-id")) {
                    regions.push(e);
                    regionDepths.push(depth);
                }
            }
            Node first = node instanceof Element ? node.getFirstChild() : null;
            if (first != null) {
                node = first;
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNextSibling() == null) {
                leave(node, regions, regionDepths);
                node = node.getParentNode();
                depth--;
            }
            if (node == null || node == root) {
                return;
            }
            leave(node, regions, regionDepths);
            node = node.getNextSibling();
        }
    }

    private static void leave(Node node, Deque<Element> regions, Deque<Integer> regionDepths) {
        if (!regions.isEmpty() && regions.peek() == node) {
            regions.pop();
            regionDepths.pop();
        }
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1] && content[2] == UTF8_BOM[2];
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        try {
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setValidating(false);
        } catch (ParserConfigurationException | IllegalArgumentException e) {
            throw new IllegalStateException("the XML parser cannot be configured safely", e);
        }
        try {
            f.setAttribute("jdk.xml.entityExpansionLimit", "1000");
            f.setAttribute("jdk.xml.maxElementDepth", String.valueOf(MAX_DEPTH + 1));
        } catch (IllegalArgumentException e) {
            // a parser other than the JDK's: no DOCTYPE is allowed anyway, so no entity can be declared
        }
        return f;
    }

    private static final ErrorHandler THROWING = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
