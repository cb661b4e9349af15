package org.primebatch.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.primebatch.mcdx.testing.Examples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Guards the shape of the bundled example worksheet and its case table. */
class BeamExampleTest {
    private static final String WS = "http://schemas.mathsoft.com/worksheet50";
    private static final String ML = "http://schemas.mathsoft.com/math50";
    private static final String RESULT = "http://schemas.mathsoft.com/result10";
    private static final String INTEGRATION = "http://schemas.ptc.com/integration10";
    private static final String CALCULATION = "http://schemas.ptc.com/mathcad/settings/calculation10";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String XAML = "http://schemas.microsoft.com/winfx/2006/xaml/presentation";

    /** SI factors of the units the worksheet uses. */
    private static final Map<String, Double> UNITS = Map.of(
            "m", 1.0, "cm", 0.01, "mm", 0.001, "kN", 1000.0, "MPa", 1e6, "GPa", 1e9);

    private static final double TOLERANCE = 1e-12;

    private static Path dir;
    private static Map<String, byte[]> parts;
    private static Document worksheet;
    private static Document results;
    private static Document integration;

    @BeforeAll
    static void open() throws Exception {
        dir = exampleDir();
        parts = unzip(Files.readAllBytes(dir.resolve("beam.mcdx")));
        worksheet = parse(parts.get("mathcad/worksheet.xml"));
        results = parse(parts.get("mathcad/result.xml"));
        integration = parse(parts.get("mathcad/integration.xml"));
    }

    private static Path exampleDir() {
        return Examples.beamDir();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                assertThat(entries.put(e.getName(), in.readAllBytes())).as("duplicate %s", e.getName()).isNull();
            }
        }
        assertThat(entries).as("entries of a zip").isNotEmpty();
        return entries;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        try (InputStream in = new ByteArrayInputStream(xml)) {
            return b.parse(in);
        }
    }

    private static List<Element> all(Node root, String ns, String name) {
        List<Element> out = new ArrayList<>();
        var list = root instanceof Document d ? d.getElementsByTagNameNS(ns, name)
                : ((Element) root).getElementsByTagNameNS(ns, name);
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }

    @Test
    void packageHasTheParts_MathcadWrites_inItsOrder() {
        List<String> names = new ArrayList<>(parts.keySet());
        assertThat(names.subList(0, 2)).containsExactly("mathcad/worksheet.xml", "_rels/.rels");
        assertThat(names.subList(names.size() - 9, names.size())).containsExactly(
                "mathcad/header.xml", "mathcad/footer.xml", "[Content_Types].xml", "docProps/core.xml",
                "docProps/app.xml", "mathcad/settings/presentation.xml", "mathcad/settings/calculation.xml",
                "mathcad/result.xml", "mathcad/integration.xml");
        assertThat(names).contains("mathcad/_rels/worksheet.xml.rels");
        assertThat(names).allMatch(n -> !n.startsWith("/") && !n.contains("\\"));
    }

    @Test
    void everyPartIsWellFormedXml() throws Exception {
        for (var part : parts.entrySet()) {
            if (part.getKey().endsWith(".XamlPackage")) {
                Map<String, byte[]> inner = unzip(part.getValue());
                assertThat(inner.keySet()).as(part.getKey())
                        .containsExactly("Xaml/Document.xaml", "_rels/.rels", "[Content_Types].xml");
                for (var e : inner.entrySet()) {
                    assertThat(parse(e.getValue())).as(part.getKey() + "!" + e.getKey()).isNotNull();
                }
                Element section = parse(inner.get("Xaml/Document.xaml")).getDocumentElement();
                assertThat(section.getNamespaceURI()).isEqualTo(XAML);
                assertThat(section.getLocalName()).isEqualTo("Section");
                assertThat(section.getTextContent()).as(part.getKey()).isNotBlank();
            } else {
                assertThat(parse(part.getValue())).as(part.getKey()).isNotNull();
            }
        }
    }

    @Test
    void contentTypesAndRelationshipsCoverEveryPart() throws Exception {
        Document types = parse(parts.get("[Content_Types].xml"));
        Set<String> defaults = new HashSet<>();
        all(types, TYPES, "Default").forEach(d -> defaults.add(d.getAttribute("Extension")));
        Set<String> overrides = new HashSet<>();
        all(types, TYPES, "Override").forEach(o -> overrides.add(o.getAttribute("PartName")));
        for (String name : parts.keySet()) {
            if (name.equals("[Content_Types].xml")) {
                continue;
            }
            String ext = name.substring(name.lastIndexOf('.') + 1);
            assertThat(defaults.contains(ext) || overrides.contains("/" + name)).as(name).isTrue();
        }
        overrides.forEach(o -> assertThat(parts).as(o).containsKey(o.substring(1)));

        Map<String, String> targets = new HashMap<>();
        for (String rels : List.of("_rels/.rels", "mathcad/_rels/worksheet.xml.rels")) {
            for (Element r : all(parse(parts.get(rels)), RELS, "Relationship")) {
                assertThat(r.getAttribute("Id")).matches("R[0-9a-f]{16}");
                assertThat(targets.put(r.getAttribute("Id"), r.getAttribute("Target"))).isNull();
                assertThat(parts).as(r.getAttribute("Target")).containsKey(r.getAttribute("Target").substring(1));
            }
        }
        assertThat(targets.values()).contains("/mathcad/worksheet.xml", "/mathcad/header.xml",
                "/mathcad/footer.xml", "/docProps/core.xml");
        for (Element text : all(worksheet, WS, "text")) {
            String target = targets.get(text.getAttribute("item-idref"));
            Element region = (Element) text.getParentNode();
            assertThat(target).as("text region %s", region.getAttribute("region-id"))
                    .isEqualTo("/mathcad/xaml/FlowDocument" + region.getAttribute("region-id") + ".XamlPackage");
        }
    }

    @Test
    void settingsAreSiWithOriginZero() throws Exception {
        Document calc = parse(parts.get("mathcad/settings/calculation.xml"));
        assertThat(all(calc, CALCULATION, "builtInVariables").get(0).getAttribute("array-origin")).isEqualTo("0");
        assertThat(all(calc, CALCULATION, "currentUnitSystem").get(0).getAttribute("name")).isEqualTo("si");
    }

    @Test
    void everyResultRefHasSynchronizedResultData() {
        Map<String, Element> data = resultData();
        List<String> refs = new ArrayList<>();
        for (Element math : all(worksheet, WS, "math")) {
            refs.add(math.getAttribute("resultRef"));
        }
        assertThat(refs).isNotEmpty().doesNotHaveDuplicates();
        assertThat(data.keySet()).containsAll(refs);
        data.values().forEach(d -> assertThat(d.getAttribute("calculation-status")).isEqualTo("Synchronized"));
    }

    @Test
    void designatedRegionsExistWithTheirAliases() {
        Set<String> regionIds = new HashSet<>();
        all(worksheet, WS, "region").forEach(r -> regionIds.add(r.getAttribute("region-id")));
        assertThat(regionIds).hasSize(all(worksheet, WS, "region").size());
        Map<String, String> inputs = new LinkedHashMap<>();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (Element r : all(integration, INTEGRATION, "region")) {
            assertThat(regionIds).contains(r.getAttribute("region-id"));
            String alias = all(r, INTEGRATION, "alias").get(0).getTextContent();
            (r.getAttribute("ioTagType").equals("Input") ? inputs : outputs).put(alias, r.getAttribute("region-id"));
        }
        assertThat(inputs.keySet()).containsExactly("L", "w", "E", "I");
        assertThat(outputs.keySet()).containsExactly("M_max", "delta_max", "sigma", "utilisation");
    }

    @Test
    void storedValuesFollowFromTheStoredInputs() {
        Map<String, Double> in = new HashMap<>();
        Map<String, Element> defines = new HashMap<>();
        for (Element math : all(worksheet, WS, "math")) {
            Element define = children(math).get(0);
            assertThat(define.getLocalName()).isEqualTo("define");
            List<Element> sides = children(define);
            String name = name(sides.get(0));
            defines.put(name, math);
            if (!sides.get(1).getLocalName().equals("eval")) {
                in.put(name, literal(sides.get(1)));
            }
        }
        assertThat(in.keySet()).containsExactlyInAnyOrder("L", "w", "E", "I", "W_el", "f_y");

        double l = in.get("L");
        double w = in.get("w");
        double e = in.get("E");
        double i = in.get("I");
        double mMax = w * l * l / 8;
        double deltaMax = 5 * w * Math.pow(l, 4) / (384 * e * i);
        double sigma = mMax / in.get("W_el");
        double utilisation = Math.max(sigma / in.get("f_y"), deltaMax / (l / 250));

        Map<String, Double> expected = Map.of(
                "M_max", mMax, "δ_max", deltaMax, "σ", sigma, "utilisation", utilisation);
        Map<String, Element> data = resultData();
        for (var x : expected.entrySet()) {
            Element math = defines.get(x.getKey());
            assertThat(math).as(x.getKey()).isNotNull();
            Element eval = children(children(math).get(0)).get(1);
            Element override = children(children(eval).get(1)).get(0);
            double display = override.getLocalName().equals("placeholder") ? 1.0 : unit(override);
            Element stored = data.get(math.getAttribute("resultRef"));
            List<Element> reals = all(stored, ML, "real");
            assertThat(reals).as(x.getKey()).hasSize(1);
            assertThat(((Element) reals.get(0).getParentNode()).getLocalName()).isEqualTo("result");
            double value = Double.parseDouble(reals.get(0).getTextContent());
            double want = x.getValue() / display;
            assertThat(value).as(x.getKey()).isCloseTo(want, within(Math.abs(want) * TOLERANCE));
        }
        assertThat(utilisation).isBetween(0.0, 1.0);
    }

    private static Map<String, Element> resultData() {
        Map<String, Element> data = new HashMap<>();
        for (Element d : all(results, RESULT, "resultData")) {
            assertThat(data.put(d.getAttribute("result-id"), d)).as("result-id %s", d.getAttribute("result-id")).isNull();
        }
        return data;
    }

    /** {@code x} or {@code x<Subscript>s</Subscript>} as {@code x_s}. */
    private static String name(Element id) {
        assertThat(id.getLocalName()).isEqualTo("id");
        List<Element> span = children(id);
        if (span.isEmpty()) {
            return id.getTextContent();
        }
        StringBuilder base = new StringBuilder();
        String sub = "";
        for (Node n = span.get(0).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element s && s.getLocalName().equals("Subscript")) {
                sub = s.getTextContent();
            } else if (n.getNodeType() == Node.TEXT_NODE) {
                base.append(n.getNodeValue());
            }
        }
        return base + "_" + sub;
    }

    /** A number, or a number scaled by a unit, in SI base units. */
    private static double literal(Element e) {
        if (e.getLocalName().equals("real")) {
            return Double.parseDouble(e.getTextContent());
        }
        List<Element> c = children(e);
        assertThat(c.get(0).getLocalName()).isEqualTo("scale");
        return Double.parseDouble(c.get(1).getTextContent()) * unit(c.get(2));
    }

    /** The SI factor of a unit expression: UNIT ids under mult, div and pow. */
    private static double unit(Element e) {
        if (e.getLocalName().equals("id")) {
            assertThat(e.getAttribute("labels")).isEqualTo("UNIT");
            Double f = UNITS.get(e.getTextContent());
            assertThat(f).as("unit %s", e.getTextContent()).isNotNull();
            return f;
        }
        List<Element> c = children(e);
        return switch (c.get(0).getLocalName()) {
            case "mult" -> unit(c.get(1)) * unit(c.get(2));
            case "div" -> unit(c.get(1)) / unit(c.get(2));
            case "pow" -> Math.pow(unit(c.get(1)), Double.parseDouble(c.get(2).getTextContent()));
            default -> throw new AssertionError("not a unit: " + c.get(0).getLocalName());
        };
    }

    @Test
    void casesTableHasEnoughPlausibleBeams() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("cases.csv"));
        String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        List<String> lines = text.lines().toList();
        assertThat(lines.get(0)).isEqualTo("case,L [m],w [kN/m],E [GPa],I [cm^4]");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSizeGreaterThanOrEqualTo(50);
        Set<String> names = new HashSet<>();
        for (String row : rows) {
            assertThat(row).as(row).doesNotEndWith(" ").doesNotContain(" ,", ", ");
            String[] f = row.split(",", -1);
            assertThat(f).as(row).hasSize(5);
            assertThat(names.add(f[0])).as("unique case %s", f[0]).isTrue();
            double l = Double.parseDouble(f[1]);
            assertThat(f[0]).as(row).matches("B\\d{2}-(IPE|HEA)\\d{3}-[0-9.]+m").endsWith("-" + f[1] + "m");
            assertThat(l).as(row).isBetween(3.0, 12.0);
            assertThat(Double.parseDouble(f[2])).as(row).isBetween(2.0, 40.0);
            assertThat(Double.parseDouble(f[3])).as(row).isBetween(200.0, 210.0);
            assertThat(Double.parseDouble(f[4])).as(row).isPositive();
        }
    }
}
