package org.primebatch.cases;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.FileMagic;

/** The kinds of case file: named by extension; a workbook's kind is then taken from its content. */
enum CaseFileFormat {
    CSV, XLSX, XLS;

    static final String EXTENSIONS = ".csv, .txt, .tsv, .xlsx, .xlsm or .xls";

    /** @throws CaseFileException when the extension is not one of {@link #EXTENSIONS} */
    static CaseFileFormat byExtension(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot);
        return switch (extension) {
            case ".csv", ".txt", ".tsv" -> CSV;
            case ".xlsx", ".xlsm" -> XLSX;
            case ".xls" -> XLS;
            default -> throw WorkbookProblems.fileProblem(file, (extension.isEmpty()
                    ? "no file extension" : "unsupported file type \"" + extension + "\"")
                    + "; case tables are " + EXTENSIONS);
        };
    }

    /**
     * The workbook format the file's first bytes show, whatever its extension says, as Excel opens a mislabelled
     * workbook too.
     *
     * @throws CaseFileException when the file is no Excel workbook
     */
    static CaseFileFormat byWorkbookContent(Path file) throws IOException {
        if (Files.size(file) == 0) {
            throw WorkbookProblems.fileProblem(file, "the file is empty, not an Excel workbook");
        }
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        }
        return switch (magic) {
            case OOXML -> XLSX;
            case OLE2 -> XLS;
            case BIFF2, BIFF3, BIFF4 -> throw WorkbookProblems.fileProblem(file,
                    "an Excel 4.0 or older workbook; save it as .xlsx");
            default -> throw WorkbookProblems.fileProblem(file, "not an Excel workbook (neither XLSX nor XLS)");
        };
    }
}
