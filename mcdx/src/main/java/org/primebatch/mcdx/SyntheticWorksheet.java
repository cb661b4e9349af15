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
        return writePackage(dir.resolve("synthetic-" + regions + ".mcdx"), ws.toString(), results.toString(), integration);
    }

    /**
     * A worksheet that solves in every case: an input {@code x}, {@code y := root(z³ + x·z − 10, z, 0, 10) =} and a
     * solve block (guess {@code u := 1}, constraint {@code u² + x·u = 10}, solver {@code v := find(u) =}); outputs
     * {@code y} and {@code v}.
     */
    public static Path writeSolving(Path dir) throws IOException {
        String x = "<ml:id labels=\"VARIABLE\">x</ml:id>";
        String z = "<ml:id labels=\"VARIABLE\">z</ml:id>";
        String u = "<ml:id labels=\"VARIABLE\">u</ml:id>";
        String cubic = apply("minus", apply("plus", apply("pow", z, real(3)), apply("mult", x, z)), real(10));
        String root = "<ml:apply><ml:id labels=\"FUNCTION\">root</ml:id><ml:sequence>" + cubic + z + real(0) + real(10)
                + "</ml:sequence></ml:apply>";
        String ws = "<worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\" xmlns:ml=\"" + ML + "\"><regions>"
                + region(0, "<ml:define>" + x + real(2) + "</ml:define>")
                + region(1, "<ml:define><ml:id labels=\"VARIABLE\">y</ml:id><ml:eval>" + root + "</ml:eval></ml:define>")
                + "<region region-id=\"2\" top=\"40\" left=\"0\"><solveblock><regions>"
                + part(3, 0, "guess-value", "<ml:define>" + u + real(1) + "</ml:define>")
                + part(4, 20, "constraint", apply("equal", apply("plus", apply("pow", u, real(2)), apply("mult", x, u)), real(10)))
                + part(5, 40, "solver", "<ml:define><ml:id labels=\"VARIABLE\">v</ml:id><ml:eval><ml:apply>"
                        + "<ml:id labels=\"KEYWORD\">find</ml:id>" + u + "</ml:apply></ml:eval></ml:define>")
                + "</regions></solveblock></region></regions></worksheet>";
        String results = "<resultsList xmlns:ml=\"" + ML + "\" xmlns:u=\"http://schemas.mathsoft.com/units10\""
                + " xmlns=\"http://schemas.mathsoft.com/result10\">" + pending(0) + pending(1) + pending(3) + pending(4)
                + pending(5) + "</resultsList>";
        String integration = "<regions xmlns=\"http://schemas.ptc.com/integration10\"><region region-id=\"0\" ioTagType=\"Input\">"
                + "<inputAliases><alias>x</alias></inputAliases></region><region region-id=\"1\" ioTagType=\"Output\">"
                + "<outputAliases><alias>y</alias></outputAliases></region><region region-id=\"5\" ioTagType=\"Output\">"
                + "<outputAliases><alias>v</alias></outputAliases></region></regions>";
        return writePackage(dir.resolve("synthetic-solving.mcdx"), ws, results, integration);
    }

    private static Path writePackage(Path target, String ws, String results, String integration) throws IOException {
        String calculation = "<calculation xmlns=\"http://schemas.ptc.com/mathcad/settings/calculation10\"><builtInVariables array-origin=\"0\"/>"
                + "<units><currentUnitSystem name=\"si\"/></units></calculation>";
        McdxPackage template = McdxPackage.read(zip(Map.of(
                "mathcad/worksheet.xml", ws,
                "mathcad/result.xml", results,
                "mathcad/integration.xml", integration,
                "mathcad/settings/calculation.xml", calculation)), "synthetic worksheet");
        Worksheet sheet = Worksheet.read(template);
        CaseWorksheetWriter.write(template, sheet, Map.of(), CompiledWorksheet.of(sheet).program().run(Map.of()), target);
        return target;
    }

    private static String region(int id, String math) {
        return "<region region-id=\"" + id + "\" top=\"" + (20 * id) + "\" left=\"0\"><math resultRef=\"" + id + "\">" + math + "</math></region>";
    }

    private static String part(int id, int top, String category, String math) {
        return "<region region-id=\"" + id + "\" top=\"" + top + "\" left=\"0\" solve-block-category=\"" + category
                + "\"><math resultRef=\"" + id + "\">" + math + "</math></region>";
    }

    private static String apply(String operator, String... operands) {
        return "<ml:apply><ml:" + operator + "/>" + String.join("", operands) + "</ml:apply>";
    }

    private static String real(double value) {
        return "<ml:real>" + (value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value)) + "</ml:real>";
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
