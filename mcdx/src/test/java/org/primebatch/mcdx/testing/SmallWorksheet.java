package org.primebatch.mcdx.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.units.Quantity;
import org.primebatch.mcdx.units.Units;
import org.primebatch.mcdx.write.CaseWorksheetWriter;

/**
 * A small worksheet built from math snippets ({@link MathSnippets}), one region each, with its results stored as the
 * native engine computes them. {@link #storedAsIf} stores instead the results of other values of some definitions
 * while the worksheet keeps its own: a worksheet saved with stale results, as a tool that edits inputs without
 * recalculating leaves it.
 */
public final class SmallWorksheet {
    private static final String ML = "http://schemas.mathsoft.com/math50";

    private final List<String> regions = new ArrayList<>();
    private final Map<Integer, String> inputs = new LinkedHashMap<>();
    private final Map<Integer, String> outputs = new LinkedHashMap<>();
    private final Map<String, Value> storedAsIf = new LinkedHashMap<>();

    /** Adds a region holding {@code math}; returns its region id. */
    public int region(String math) {
        regions.add(math);
        return regions.size() - 1;
    }

    /** Adds a region and designates it an input under {@code alias}. */
    public SmallWorksheet input(String alias, String math) {
        inputs.put(region(math), alias);
        return this;
    }

    /** Adds a region and designates it an output under {@code alias}. */
    public SmallWorksheet output(String alias, String math) {
        outputs.put(region(math), alias);
        return this;
    }

    public SmallWorksheet math(String math) {
        region(math);
        return this;
    }

    /** Stores the results computed with {@code name} defined as {@code number unit} instead of its own value. */
    public SmallWorksheet storedAsIf(String name, double number, String unit) {
        Quantity q = Units.parse(unit).of(number);
        storedAsIf.put(name, new Scalar(q.si(), q.dimension()));
        return this;
    }

    public Path write(Path file) {
        StringBuilder ws = new StringBuilder("<worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\" xmlns:ml=\""
                + ML + "\" xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\"><regions>");
        StringBuilder results = new StringBuilder("<resultsList xmlns:ml=\"" + ML + "\" xmlns:u=\"http://schemas.mathsoft.com/units10\""
                + " xmlns=\"http://schemas.mathsoft.com/result10\">");
        for (int id = 0; id < regions.size(); id++) {
            ws.append("<region region-id=\"").append(id).append("\" top=\"").append(20 * id).append("\" left=\"0\"><math resultRef=\"")
                    .append(id).append("\">").append(regions.get(id)).append("</math></region>");
            results.append("<resultData result-id=\"").append(id).append("\" calculation-status=\"Pending\"/>");
        }
        ws.append("</regions></worksheet>");
        results.append("</resultsList>");
        StringBuilder integration = new StringBuilder("<regions xmlns=\"http://schemas.ptc.com/integration10\">");
        inputs.forEach((id, alias) -> integration.append("<region region-id=\"").append(id)
                .append("\" ioTagType=\"Input\"><inputAliases><alias>").append(alias).append("</alias></inputAliases></region>"));
        outputs.forEach((id, alias) -> integration.append("<region region-id=\"").append(id)
                .append("\" ioTagType=\"Output\"><outputAliases><alias>").append(alias).append("</alias></outputAliases></region>"));
        integration.append("</regions>");
        String calculation = "<calculation xmlns=\"http://schemas.ptc.com/mathcad/settings/calculation10\"><builtInVariables array-origin=\"0\"/>"
                + "<units><currentUnitSystem name=\"si\"/></units></calculation>";
        try {
            McdxPackage template = McdxPackage.read(zip(Map.of(
                    "mathcad/worksheet.xml", ws.toString(),
                    "mathcad/result.xml", results.toString(),
                    "mathcad/integration.xml", integration.toString(),
                    "mathcad/settings/calculation.xml", calculation)), file.getFileName().toString());
            Worksheet sheet = Worksheet.read(template);
            CaseWorksheetWriter.write(template, sheet, Map.of(), CompiledWorksheet.of(sheet).program().run(storedAsIf), file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(Map<String, String> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : new TreeMap<>(parts).entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
