package org.primebatch.cases;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The file-level problems of workbooks, worded the same for XLSX and XLS. */
final class WorkbookProblems {
    private WorkbookProblems() {
    }

    /** Names a sheet of a workbook in problem reports. */
    static String source(Path file, String sheet) {
        return file + ", sheet \"" + sheet + "\"";
    }

    static CaseFileException noSuchSheet(Path file, String sheet, List<String> names) {
        String known = names.isEmpty()
                ? "the workbook has no sheets"
                : "the workbook has " + names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
        return fileProblem(file, sheet == null ? known : "no sheet \"" + sheet + "\"; " + known);
    }

    /** The file could not be read as a workbook of this format; says why in the user's terms where it can. */
    static CaseFileException notAWorkbook(Path file, String format, Throwable cause) {
        if (isZipBomb(cause)) {
            return fileProblem(file, "refused: a part of the workbook expands to far more than its compressed size"
                    + " or beyond " + CaseTables.mebibytes(XlsxCaseReader.MAX_PART_BYTES) + " (a zip bomb?)");
        }
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : firstLine(cause.getMessage());
        return fileProblem(file, "not a readable " + format + " workbook: " + reason);
    }

    static CaseFileException fileProblem(Path file, String message) {
        return new CaseFileException(file.toString(), List.of(new CaseProblem(0, null, message)), 1);
    }

    private static boolean isZipBomb(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e.getMessage() != null && e.getMessage().startsWith("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
