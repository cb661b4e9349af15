package org.primebatch.mcdx.report;

/**
 * One math region of a calculation report: its math text (lines separated by {@code \n}, indented with spaces),
 * with the computed value already in it, and for a refused or failed region the reason.
 */
public record ReportLine(String math, Status status, String note) {
    public enum Status { COMPUTED, REFUSED, FAILED }

    public ReportLine {
        math = math == null ? "" : math;
        status = status == null ? Status.COMPUTED : status;
        note = note == null ? "" : note;
    }

    public static ReportLine computed(String math) {
        return new ReportLine(math, Status.COMPUTED, "");
    }

    public static ReportLine computed(String math, String note) {
        return new ReportLine(math, Status.COMPUTED, note);
    }

    public static ReportLine refused(String math, String reason) {
        return new ReportLine(math, Status.REFUSED, reason);
    }

    public static ReportLine failed(String math, String error) {
        return new ReportLine(math, Status.FAILED, error);
    }
}
