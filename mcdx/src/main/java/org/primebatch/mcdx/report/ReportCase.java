package org.primebatch.mcdx.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Everything a calculation report of one case shows, as text. */
public record ReportCase(String worksheetName, String caseName, Instant date, String engineName, String engineVersion,
                         List<ReportRow> inputs, List<ReportRow> outputs, List<ReportLine> regions) {
    public ReportCase {
        worksheetName = worksheetName == null ? "" : worksheetName;
        caseName = caseName == null ? "" : caseName;
        Objects.requireNonNull(date, "date");
        engineName = engineName == null ? "" : engineName;
        engineVersion = engineVersion == null ? "" : engineVersion;
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        regions = List.copyOf(regions);
    }
}
