package org.primebatch.mcdx.text;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.primebatch.mcdx.math.MathProgram;
import org.primebatch.mcdx.math.MathRegion;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.report.ReportCase;

/** A worksheet run natively with some inputs, and its report case, for tests. */
public record WorksheetRun(Worksheet sheet, Results results) {
    public static final Instant DATE = Instant.parse("2026-03-14T09:26:53Z");

    public static WorksheetRun of(Path file, Map<String, Value> inputs) {
        Worksheet sheet = Worksheet.open(file);
        List<MathRegion> regions = sheet.regions().stream().filter(r -> r.math() != null)
                .map(r -> new MathRegion(Integer.toString(r.id()), r.math().syntax())).toList();
        return new WorksheetRun(sheet, MathProgram.compile(regions, sheet.settings().origin()).run(inputs));
    }

    public ReportCase reportCase(String caseName) {
        return ReportCaseBuilder.of(sheet, results).caseName(caseName).date(DATE).engine("native", "0.1.0").build();
    }

    public static Path beam() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("examples/beam/beam.mcdx");
            if (candidate.toFile().isFile()) {
                return candidate;
            }
        }
        throw new IllegalStateException("examples/beam/beam.mcdx not found");
    }
}
