package org.primebatch.engine.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.primebatch.testing.Corpus;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Compiles and runs every math region of every corpus worksheet: only values, Mathcad errors or refusals. */
class CorpusSmokeTest {
    private static final String WORKSHEET = "http://schemas.mathsoft.com/worksheet50";

    @Test
    void everyCorpusRegionYieldsAnOutcome() throws Exception {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            sheets = files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        assertThat(sheets).isNotEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        List<String> internal = new ArrayList<>();
        for (Path sheet : sheets) {
            List<MathRegion> regions = new ArrayList<>();
            int origin;
            try (ZipFile zip = new ZipFile(sheet.toFile())) {
                if (zip.getEntry("mathcad/worksheet.xml") == null) {
                    continue;
                }
                Document doc = parse(zip, "mathcad/worksheet.xml");
                origin = origin(zip);
                collect(doc.getDocumentElement(), regions);
            }
            MathProgram program = MathProgram.compile(regions, origin);
            Results results = program.run(Map.of());
            for (Outcome outcome : results.byRegion().values()) {
                String kind = outcome.getClass().getSimpleName();
                counts.merge(kind, 1, Integer::sum);
                if (outcome instanceof Outcome.Refused r) {
                    reasons.merge(generalize(r.reason()), 1, Integer::sum);
                    if (r.reason().startsWith("internal error")) {
                        internal.add(sheet.getFileName() + ": " + r.reason());
                    }
                }
            }
        }
        System.out.println("math region outcomes over " + sheets.size() + " worksheets: " + counts);
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(40).forEach(e -> System.out.println(String.format("%5d  %s", e.getValue(), e.getKey())));
        assertThat(internal).isEmpty();
    }

    private static final Pattern REGION = Pattern.compile("\\(region [^)]*\\)");

    /** The reason without names of variables, so alike reasons count together. */
    private static String generalize(String reason) {
        String r = REGION.matcher(reason).replaceAll("");
        Matcher uses = Pattern.compile("^uses \\S+, which (is|was) refused: ").matcher(r);
        while (uses.find()) {
            r = r.substring(uses.end());
            uses = Pattern.compile("^uses \\S+, which (is|was) refused: ").matcher(r);
        }
        r = r.strip();
        return r.length() > 120 ? r.substring(0, 120) : r;
    }

    private static Document parse(ZipFile zip, String entry) throws Exception {
        ZipEntry e = zip.getEntry(entry);
        try (InputStream in = zip.getInputStream(e)) {
            return Snippets.parser().parse(in);
        }
    }

    private static int origin(ZipFile zip) throws Exception {
        if (zip.getEntry("mathcad/settings/calculation.xml") == null) {
            return 0;
        }
        Document settings = parse(zip, "mathcad/settings/calculation.xml");
        NodeList variables = settings.getElementsByTagNameNS("*", "builtInVariables");
        if (variables.getLength() == 0) {
            return 0;
        }
        String origin = ((Element) variables.item(0)).getAttribute("array-origin");
        return origin.isEmpty() ? 0 : Integer.parseInt(origin);
    }

    /** Regions in reading order: by top, then left, nested regions inside their container's turn. */
    private static void collect(Element container, List<MathRegion> into) {
        NodeList regions = container.getElementsByTagNameNS(WORKSHEET, "region");
        List<Element> sorted = new ArrayList<>();
        for (int i = 0; i < regions.getLength(); i++) {
            sorted.add((Element) regions.item(i));
        }
        sorted.sort(Comparator.comparingDouble((Element e) -> number(e.getAttribute("top")))
                .thenComparingDouble(e -> number(e.getAttribute("left"))));
        for (Element region : sorted) {
            for (Element child : Xml.children(region)) {
                if (child.getLocalName().equals("math") && WORKSHEET.equals(child.getNamespaceURI())) {
                    List<Element> parts = Xml.children(child);
                    if (!parts.isEmpty()) {
                        into.add(new MathRegion(region.getAttribute("region-id"), parts.get(0)));
                    }
                }
            }
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? 0 : Double.parseDouble(s);
    }
}
