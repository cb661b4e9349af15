package org.primebatch.engine.mathcad;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * How the fake Prime learns a worksheet's designations: from the file's {@code mathcad/integration.xml} alone, read
 * on its own (not with the project's reader), and only in the shape Mathcad Prime writes it, as every designated
 * worksheet of the corpus holds it: a byte order mark and the declaration, {@code <regions>} in the integration10
 * namespace, then without any whitespace one {@code <region region-id="N" ioTagType="Input|Output">} per region in
 * ascending id order holding {@code <inputAliases>} or {@code <outputAliases>} of {@code <alias>} elements. It also
 * holds each designated region to Mathcad's rules: an input is a definition of a variable outside text, an output a
 * region evaluated with '='. Anything else is refused as Prime would fail to open what it did not write.
 */
final class FakeIntegration {
    static final String PART = "mathcad/integration.xml";
    static final String NAMESPACE = "http://schemas.ptc.com/integration10";
    private static final String HEAD = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><regions xmlns=\"" + NAMESPACE + "\"";
    private static final String WORKSHEET = "http://schemas.mathsoft.com/worksheet50";
    private static final String MATH = "http://schemas.mathsoft.com/math50";

    record Designations(List<String> inputs, List<String> outputs) {
    }

    private FakeIntegration() {
    }

    /** The designated input and output aliases of {@code mcdx}, in the file's order; throws for a shape Prime does not write. */
    static Designations read(Path mcdx) throws IOException {
        Map<String, byte[]> parts = parts(mcdx, Set.of(PART, "mathcad/worksheet.xml"));
        byte[] integration = parts.get(PART);
        if (integration == null) {
            return new Designations(List.of(), List.of());
        }
        String text = new String(integration, StandardCharsets.UTF_8);
        if (!text.startsWith(HEAD)) {
            throw new IllegalArgumentException("integration.xml does not start as Mathcad writes it: byte order mark, declaration, <regions xmlns=…>");
        }
        Element root = parse(integration).getDocumentElement();
        if (!NAMESPACE.equals(root.getNamespaceURI()) || !"regions".equals(root.getLocalName()) || !attributes(root).isEmpty()) {
            throw new IllegalArgumentException("integration.xml's root is not <regions> in " + NAMESPACE);
        }
        Map<Integer, Element> worksheetRegions = worksheetRegions(parse(parts.get("mathcad/worksheet.xml")));
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        Set<String> aliases = new LinkedHashSet<>();
        int lastId = Integer.MIN_VALUE;
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            Element region = element(n, "region");
            Set<String> names = attributes(region);
            if (!names.equals(Set.of("region-id", "ioTagType"))) {
                throw new IllegalArgumentException("a <region> with attributes " + names);
            }
            int id = Integer.parseInt(region.getAttribute("region-id"));
            if (id <= lastId) {
                throw new IllegalArgumentException("region " + id + " follows region " + lastId + ": Mathcad writes them in id order");
            }
            lastId = id;
            String type = region.getAttribute("ioTagType");
            boolean input = type.equals("Input");
            if (!input && !type.equals("Output")) {
                throw new IllegalArgumentException("ioTagType " + type);
            }
            Node list = region.getFirstChild();
            if (list == null || list.getNextSibling() != null) {
                throw new IllegalArgumentException("region " + id + " must hold exactly one list of aliases");
            }
            Element aliasList = element(list, input ? "inputAliases" : "outputAliases");
            if (aliasList.getFirstChild() == null) {
                throw new IllegalArgumentException("region " + id + " has no alias");
            }
            for (Node a = aliasList.getFirstChild(); a != null; a = a.getNextSibling()) {
                Element alias = element(a, "alias");
                String name = alias.getTextContent();
                if (name.isEmpty() || alias.getChildNodes().getLength() != 1 || !aliases.add(name)) {
                    throw new IllegalArgumentException("region " + id + " has an empty, nested or repeated alias");
                }
                (input ? inputs : outputs).add(name);
            }
            designable(worksheetRegions.get(id), id, input);
        }
        return new Designations(inputs, outputs);
    }

    /** Mathcad's rules: inputs are definitions of a variable outside text, outputs are evaluations. */
    private static void designable(Element region, int id, boolean input) {
        if (region == null) {
            throw new IllegalArgumentException("integration.xml designates region " + id + ", which worksheet.xml does not hold");
        }
        for (Node up = region.getParentNode(); up != null; up = up.getParentNode()) {
            if (up instanceof Element e && "text".equals(e.getLocalName()) && WORKSHEET.equals(e.getNamespaceURI())) {
                throw new IllegalArgumentException("region " + id + " is math inside text, which Mathcad cannot designate");
            }
        }
        Element math = firstElement(region);
        Element expression = math == null || !"math".equals(math.getLocalName()) ? null : firstElement(math);
        if (expression == null || !MATH.equals(expression.getNamespaceURI())) {
            throw new IllegalArgumentException("region " + id + " is not a math region");
        }
        String kind = expression.getLocalName();
        Element target = firstElement(expression);
        if (input) {
            if (!(kind.equals("define") || kind.equals("globalDefine")) || target == null || !"id".equals(target.getLocalName())) {
                throw new IllegalArgumentException("region " + id + " is designated as an input but defines no variable");
            }
        } else {
            boolean evaluates = kind.equals("eval") || (kind.equals("define") && target != null && target.getNextSibling() instanceof Element body
                    && "eval".equals(body.getLocalName()));
            if (!evaluates) {
                throw new IllegalArgumentException("region " + id + " is designated as an output but shows no result with =");
            }
        }
    }

    private static Map<Integer, Element> worksheetRegions(Document worksheet) {
        Map<Integer, Element> regions = new HashMap<>();
        var all = worksheet.getElementsByTagNameNS(WORKSHEET, "region");
        for (int i = 0; i < all.getLength(); i++) {
            Element region = (Element) all.item(i);
            regions.putIfAbsent(Integer.parseInt(region.getAttribute("region-id")), region);
        }
        return regions;
    }

    private static Element element(Node node, String localName) {
        if (!(node instanceof Element e) || !localName.equals(e.getLocalName()) || !NAMESPACE.equals(e.getNamespaceURI())) {
            throw new IllegalArgumentException("expected <" + localName + "> in integration.xml, found "
                    + (node instanceof Element e ? "<" + e.getTagName() + ">" : "text"));
        }
        return (Element) node;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    private static Set<String> attributes(Element e) {
        Set<String> names = new LinkedHashSet<>();
        NamedNodeMap map = e.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            String name = map.item(i).getNodeName();
            if (!name.equals("xmlns")) {
                names.add(name);
            }
        }
        return names;
    }

    private static Map<String, byte[]> parts(Path mcdx, Set<String> wanted) throws IOException {
        Map<String, byte[]> parts = new HashMap<>();
        try (InputStream in = Files.newInputStream(mcdx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (wanted.contains(entry.getName())) {
                    parts.put(entry.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    private static Document parse(byte[] xml) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IOException("not XML: " + e.getMessage(), e);
        }
    }
}
