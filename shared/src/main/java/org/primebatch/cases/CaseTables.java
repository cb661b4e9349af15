package org.primebatch.cases;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads case tables from CSV files and Excel workbooks: a header row of input aliases (optionally with units,
 * {@code M [kN*m]} or {@code M (kN*m)}) and an optional {@code case} column naming each case, then one case per row.
 *
 * <p>CSV files are UTF-8 with or without a byte order mark, quoted as RFC 4180 says; the delimiter (comma, semicolon
 * or tab) is the one the header line uses most. With semicolons, numbers may use a decimal comma. A cell is a
 * number, a matrix {@code [1, 2; 3, 4]} or else a string; an empty cell keeps the worksheet's value.
 *
 * <p>Workbooks (XLSX, XLSM, XLS) are read from one sheet, streamed, under the same rules: a number cell is a number;
 * a text cell is a string even when it looks like a number, except a matrix literal; a date is its serial number; a
 * formula is its value as Excel last calculated it; an empty cell keeps the worksheet's value. Logical (TRUE/FALSE)
 * and error cells are problems, as worksheets have neither. Rows and columns are reported as Excel shows them; a
 * cell's column by its header name, by its letter where it has none. A hostile workbook (a zip bomb, external
 * entities in its XML) is refused like any other unusable file.
 *
 * <p>Every problem of a file is reported at once in a {@link CaseFileException}; no partial table is ever returned.
 */
public final class CaseTables {
    public static final long MAX_FILE_BYTES = 256L * 1024 * 1024;
    public static final int MAX_CELL_CHARS = 1024 * 1024;
    public static final int MAX_CASES = 1_000_000;

    private CaseTables() {
    }

    /**
     * Reads a CSV file ({@code .csv}, {@code .txt}, {@code .tsv}) or one sheet of a workbook ({@code .xlsx},
     * {@code .xlsm}, {@code .xls}), chosen by the file's extension.
     *
     * @param sheet the workbook sheet to read, its name as Excel shows it (in any case); null for the first sheet.
     *              Must be null for CSV files.
     * @throws CaseFileException when the file is not a usable case table
     * @throws IOException       when the file cannot be read
     */
    public static CaseTable read(Path file, String sheet) throws IOException {
        CaseFileFormat format = CaseFileFormat.byExtension(file);
        if (format == CaseFileFormat.CSV) {
            if (sheet != null) {
                throw WorkbookProblems.fileProblem(file, "a CSV file has no sheets (sheet \"" + sheet + "\" was asked for)");
            }
            return readCsv(file);
        }
        checkSize(file);
        if (CaseFileFormat.byWorkbookContent(file) == CaseFileFormat.XLS) {
            return new XlsCaseReader(file, sheet, MAX_CASES).read();
        }
        return new XlsxCaseReader(file, sheet, MAX_CASES).read();
    }

    /**
     * @throws CaseFileException when the file is not a usable case table
     * @throws IOException       when the file cannot be read
     */
    public static CaseTable readCsv(Path file) throws IOException {
        checkSize(file);
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), decoder)) {
            return readCsv(reader, file.toString());
        }
    }

    /**
     * Reads a case table from text; does not close {@code reader}.
     *
     * @param sourceName names the text in problem reports, typically the file name
     * @throws CaseFileException when the text is not a usable case table
     * @throws IOException       when the reader fails
     */
    public static CaseTable readCsv(Reader reader, String sourceName) throws IOException {
        return new CsvCaseReader(sourceName).read(reader);
    }

    private static void checkSize(Path file) throws IOException {
        if (Files.size(file) > MAX_FILE_BYTES) {
            throw new CaseFileException(file.toString(),
                    List.of(new CaseProblem(0, null, "file larger than " + mebibytes(MAX_FILE_BYTES))), 1);
        }
    }

    static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
