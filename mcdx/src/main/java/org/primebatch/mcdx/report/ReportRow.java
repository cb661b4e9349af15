package org.primebatch.mcdx.report;

/** One row of the inputs or outputs table of a calculation report: the value as text and its unit (may be empty). */
public record ReportRow(String name, String value, String unit) {
    public ReportRow {
        name = name == null ? "" : name;
        value = value == null ? "" : value;
        unit = unit == null ? "" : unit;
    }
}
