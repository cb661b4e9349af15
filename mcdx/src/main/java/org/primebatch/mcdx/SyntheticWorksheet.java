package org.primebatch.mcdx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.write.CaseWorksheetWriter;
import org.primebatch.mcdx.write.InputValue;

/**
 * A worksheet of a given number of math regions for the benchmark: a designated input {@code x} in metres, then a
 * chain of definitions with units and evaluations, the last one a designated output. Its stored results are written
 * by the native engine itself, so it measures speed, not correctness (the corpus does that). It holds only the parts
 * the engine reads; Mathcad is not meant to open it.
 */
public final class SyntheticWorksheet {
    private static final String ML = "http://schemas.mathsoft.com/math50";

    private SyntheticWorksheet() {
    }

    public static Path write(Path dir, int regions) throws IOException {
        StringBuilder ws = new StringBuilder("<worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\" xmlns:ml=\"" + ML
                + "\"><regions>");
        StringBuilder results = new StringBuilder("<resultsList xmlns:ml=\"" + ML + "\" xmlns:u=\"http://schemas.mathsoft.com/units10\""
                + " xmlns=\"http://schemas.mathsoft.com/result10\">");
        ws.append(region(0, "<ml:define><ml:id labels=\"VARIABLE\">x</ml:id><ml:apply><ml:scale/><ml:real>1.5</ml:real>"
                + "<ml:id labels=\"UNIT\">m</ml:id></ml:apply></ml:define>"));
        results.append(pending(0));
        int last = 0;
        for (int i = 1; i < regions; i++) {
            String previous = i == 1 ? "x" : "a" + (i - 1);
            String body = "<ml:apply><ml:plus/><ml:apply><ml:mult/><ml:id labels=\"VARIABLE\">" + previous + "</ml:id><ml:real>1.0001</ml:real></ml:apply>"
                    + "<ml:apply><ml:div/><ml:id labels=\"VARIABLE\">x</ml:id><ml:real>" + (i + 1) + "</ml:real></ml:apply></ml:apply>";
            String math = i % 2 == 0
                    ? "<ml:define><ml:id labels=\"VARIABLE\">a" + i + "</ml:id><ml:eval>" + body
                            + "<ml:unitOverride><ml:id labels=\"UNIT\">mm</ml:id></ml:unitOverride></ml:eval></ml:define>"
                    : "<ml:define><ml:id labels=\"VARIABLE\">a" + i + "</ml:id>" + body + "</ml:define>";
            ws.append(region(i, math));
            results.append(pending(i));
            if (i % 2 == 0) {
                last = i;
            }
        }
        ws.append("</regions></worksheet>");
        results.append("</resultsList>");
        String integration = "<regions xmlns=\"http://schemas.ptc.com/integration10\"><region region-id=\"0\" ioTagType=\"Input\">"
                + "<inputAliases><alias>x</alias></inputAliases></region><region region-id=\"" + last + "\" ioTagType=\"Output\">"
                + "<outputAliases><alias>y</alias></outputAliases></region></regions>";
        String calculation = "<calculation xmlns=\"http://schemas.ptc.com/mathcad/settings/calculation10\"><builtInVariables array-origin=\"0\"/>"
                + "<units><currentUnitSystem name=\"si\"/></units></calculation>";
        McdxPackage template = McdxPackage.read(zip(Map.of(
                "mathcad/worksheet.xml", ws.toString(),
                "mathcad/result.xml", results.toString(),
                "mathcad/integration.xml", integration,
                "mathcad/settings/calculation.xml", calculation)), "synthetic worksheet");
        Worksheet sheet = Worksheet.read(template);
        Path target = dir.resolve("synthetic-" + regions + ".mcdx");
        CaseWorksheetWriter.write(template, sheet, Map.of(), CompiledWorksheet.of(sheet).program().run(Map.of()), target);
        return target;
    }

    private static String region(int id, String math) {
        return "<region region-id=\"" + id + "\" top=\"" + (20 * id) + "\" left=\"0\"><math resultRef=\"" + id + "\">" + math + "</math></region>";
    }

    private static String pending(int id) {
        return "<resultData result-id=\"" + id + "\" calculation-status=\"Pending\"/>";
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : new java.util.TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
