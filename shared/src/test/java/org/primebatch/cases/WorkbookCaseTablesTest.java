package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.io.OutputStream;
import java.nio.file.Files;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Json;
import org.primebatch.api.ValueKind;
import org.primebatch.cases.TestWorkbook.Format;
import org.primebatch.cases.TestWorkbook.Formula;

/** Both workbook formats, read through {@link CaseTables#read}, behave alike. */
class WorkbookCaseTablesTest {
    @TempDir
    Path dir;

    private CaseTable read(TestWorkbook workbook, Format format) throws IOException {
        return CaseTables.read(workbook.write(dir, "cases", format), null);
    }

    private CaseFileException failure(TestWorkbook workbook, Format format) throws IOException {
        Path file = workbook.write(dir, "cases", format);
        return catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(file, null));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsNumbersTextAndUnitsInHeaders(Format format) throws IOException {
        CaseTable table = read(new TestWorkbook()
                .row("L [m]", "F (kN)", "n", "label", "code")
                .row(2.5, 10, 3, "steel S355", "42"), format);

        assertThat(table.columns()).containsExactly(new Column("L", "m"), new Column("F", "kN"),
                new Column("n", null), new Column("label", null), new Column("code", null));
        CaseInput input = table.cases().get(0);
        assertThat(input.name()).isNull();
        assertThat(input.inputs()).containsEntry("L", CaseValue.of(2.5, "m"))
                .containsEntry("F", CaseValue.of(10, "kN"))
                .containsEntry("n", CaseValue.of(3, null))
                .containsEntry("label", CaseValue.of("steel S355"))
                .containsEntry("code", CaseValue.of("42"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void caseColumnNamesCasesWithTextOrNumbers(Format format) throws IOException {
        CaseTable table = read(new TestWorkbook()
                .row("Case", "L")
                .row("short", 1)
                .row(7, 2)
                .row(null, 3), format);

        assertThat(table.columns()).containsExactly(new Column("L", null));
        assertThat(table.cases()).extracting(CaseInput::name).containsExactly("short", "7", null);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsMatrixLiteralsInTextCells(Format format) throws IOException {
        CaseTable table = read(new TestWorkbook()
                .row("M [kN]", "v")
                .row("[1, 2; 3, 4]", " [1 2 3] "), format);

        CaseValue m = table.cases().get(0).inputs().get("M");
        assertThat(m.kind()).isEqualTo(ValueKind.MATRIX);
        assertThat(m.unit()).isEqualTo("kN");
        assertThat(m.value()).isEqualTo(json("[[1.0,2.0],[3.0,4.0]]"));
        assertThat(table.cases().get(0).inputs().get("v").value()).isEqualTo(json("[[1.0,2.0,3.0]]"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsFormulasAsTheirCachedValues(Format format) throws IOException {
        CaseTable table = read(new TestWorkbook()
                .row("a [m]", "b [m]", "grade", "empty")
                .row(2, new Formula("A2*3"), new Formula("\"S\"&\"355\""), new Formula("\"\"")), format);

        CaseInput input = table.cases().get(0);
        assertThat(input.inputs()).containsEntry("b", CaseValue.of(6, "m"))
                .containsEntry("grade", CaseValue.of("S355"))
                .doesNotContainKey("empty");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void emptyCellsKeepWorksheetValuesAndEmptyRowsAreSkipped(Format format) throws IOException {
        CaseTable table = read(new TestWorkbook()
                .emptyRow()
                .row("a", "b", "c")
                .row(1, null, "  ")
                .emptyRow()
                .row(null, 2)
                .row("", null, " "), format);

        assertThat(table.cases()).hasSize(2);
        assertThat(table.cases().get(0).inputs()).containsOnlyKeys("a");
        assertThat(table.cases().get(1).inputs()).containsOnlyKeys("b");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsASheetByNameInAnyCase(Format format) throws IOException {
        Path file = new TestWorkbook()
                .sheet("Notes").row("not", "cases").row("x", "y")
                .sheet("Load Cases").row("case", "w [kN/m]").row("snow", 1.5)
                .write(dir, "cases", format);

        CaseTable table = CaseTables.read(file, "load cases");

        assertThat(table.columns()).containsExactly(new Column("w", "kN/m"));
        assertThat(table.cases()).singleElement().satisfies(input -> {
            assertThat(input.name()).isEqualTo("snow");
            assertThat(input.inputs()).containsEntry("w", CaseValue.of(1.5, "kN/m"));
        });
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsTheFirstSheetByDefault(Format format) throws IOException {
        Path file = new TestWorkbook()
                .sheet("First").row("a").row(1)
                .sheet("Second").row("b").row(2)
                .write(dir, "cases", format);

        assertThat(CaseTables.read(file, null).columns()).containsExactly(new Column("a", null));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void unknownSheetListsTheSheets(Format format) throws IOException {
        Path file = new TestWorkbook()
                .sheet("Notes").row("a")
                .sheet("Load Cases").row("b")
                .write(dir, "cases", format);

        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(file, "Loads"));

        assertThat(e.problems()).containsExactly(new CaseProblem(0, null,
                "no sheet \"Loads\"; the workbook has \"Notes\", \"Load Cases\""));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reportsErrorAndLogicalCellsWithRowAndColumn(Format format) throws IOException {
        CaseFileException e = failure(new TestWorkbook()
                .row("case", "a", "b")
                .row("ok", 1, 2)
                .row(FormulaError.NA, FormulaError.DIV0, new Formula("1/0"))
                .row("c", true, new Formula("1>0")), format);

        assertThat(e.problems()).containsExactly(
                new CaseProblem(3, "case", "error value #N/A"),
                new CaseProblem(3, "a", "error value #DIV/0!"),
                new CaseProblem(3, "b", "error value #DIV/0!"),
                new CaseProblem(4, "a", "TRUE is a logical value (TRUE or FALSE) and worksheets have none; enter 1 or 0"),
                new CaseProblem(4, "b", "TRUE is a logical value (TRUE or FALSE) and worksheets have none; enter 1 or 0"));
        assertThat(e.source()).endsWith("cases" + format.extension + ", sheet \"Sheet1\"");
        assertThat(e.getMessage()).contains("row 3, column a: error value #DIV/0!");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reportsHeaderProblemsWithColumnLetters(Format format) throws IOException {
        CaseFileException e = failure(new TestWorkbook()
                .emptyRow()
                .row("L", "L", null, "1x", 2020, "case", "Case")
                .row(1, 2, 3, 4, 5, 6, 7), format);

        assertThat(e.problems()).containsExactly(
                new CaseProblem(2, "L", "duplicate alias"),
                new CaseProblem(2, null, "empty header cell in column C"),
                new CaseProblem(2, "1x", Header.NOT_AN_ALIAS),
                new CaseProblem(2, "2020", Header.NOT_AN_ALIAS),
                new CaseProblem(2, "Case", "more than one case column"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reportsValueProblemsWithRowAndHeaderName(Format format) throws IOException {
        CaseFileException e = failure(new TestWorkbook()
                .row("L [m]", "M", "name")
                .row("2.5", "[1, 2; 3]", "x")
                .row("abc", "[1, x]", "y", 4), format);

        assertThat(e.problems()).containsExactly(
                new CaseProblem(2, "L", "not a number: \"2.5\" (the cell is text; enter it as a number)"),
                new CaseProblem(2, "M", "ragged matrix: row 2 has 1 values, row 1 has 2"),
                new CaseProblem(3, "L", "not a number: \"abc\""),
                new CaseProblem(3, "M", "not a number in matrix: \"x\""),
                new CaseProblem(3, "D", "value in a column without a header"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void reportsAnEmptySheet(Format format) throws IOException {
        CaseFileException e = failure(new TestWorkbook().sheet("Empty"), format);

        assertThat(e.problems()).containsExactly(new CaseProblem(1, null, "no header row (the sheet is empty)"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void headerOnlyGivesNoCases(Format format) throws IOException {
        assertThat(read(new TestWorkbook().row("a", "b"), format).cases()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsHundredRowsInOrder(Format format) throws IOException {
        TestWorkbook workbook = new TestWorkbook().row("case", "i", "x [mm]", "note");
        for (int i = 0; i < 100; i++) {
            workbook.row("c" + i, i, i + 0.5, "row " + i);
        }

        CaseTable table = read(workbook, format);

        assertThat(table.cases()).hasSize(100);
        for (int i = 0; i < 100; i++) {
            CaseInput input = table.cases().get(i);
            assertThat(input.name()).isEqualTo("c" + i);
            assertThat(input.inputs()).containsEntry("i", CaseValue.of(i, null))
                    .containsEntry("x", CaseValue.of(i + 0.5, "mm"))
                    .containsEntry("note", CaseValue.of("row " + i));
        }
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void listsAllProblemsAtOnceUpToTheCap(Format format) throws IOException {
        TestWorkbook workbook = new TestWorkbook().row("n [m]");
        for (int i = 0; i < 150; i++) {
            workbook.row("bad");
        }

        CaseFileException e = failure(workbook, format);

        assertThat(e.total()).isEqualTo(150);
        assertThat(e.problems()).hasSize(100);
        assertThat(e.problems().get(99)).isEqualTo(new CaseProblem(101, "n", "not a number: \"bad\""));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void stopsAtTheCaseLimit(Format format) throws IOException {
        TestWorkbook workbook = new TestWorkbook().row("a");
        for (int i = 0; i < 10; i++) {
            workbook.row(i);
        }
        Path file = workbook.write(dir, "cases", format);

        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> {
            if (format == Format.XLSX) {
                new XlsxCaseReader(file, null, 3).read();
            } else {
                new XlsCaseReader(file, null, 3).read();
            }
        });

        assertThat(e.problems()).containsExactly(new CaseProblem(5, null, "more than 3 cases; split the table"));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAWorkbookWhoseExtensionNamesTheOtherFormat(Format format) throws IOException {
        Path written = new TestWorkbook().row("a").row(1).write(dir, "cases", format);
        Path misnamed = written.resolveSibling(format == Format.XLSX ? "misnamed.xls" : "misnamed.xlsx");
        Files.move(written, misnamed);

        assertThat(CaseTables.read(misnamed, null).cases()).hasSize(1);
    }

    @Test
    void readsALargeXlsxSheetStreaming() throws IOException {
        int rows = 100_000;
        Path file = dir.resolve("large.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Cases");
            Row header = sheet.createRow(0);
            String[] names = {"case", "a [m]", "b", "c"};
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("c" + r);
                row.createCell(1).setCellValue(r + 0.5);
                row.createCell(2).setCellValue(1e3);
                row.createCell(3).setCellValue("text " + r);
            }
            workbook.write(out);
            workbook.dispose();
        }

        CaseTable table = CaseTables.read(file, null);

        assertThat(table.cases()).hasSize(rows);
        CaseInput last = table.cases().get(rows - 1);
        assertThat(last.name()).isEqualTo("c100000");
        assertThat(last.inputs()).containsEntry("a", CaseValue.of(100_000.5, "m")).containsEntry("c", CaseValue.of("text 100000"));
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        Path plain = new TestWorkbook().row("a").row(1).write(dir, "plain", Format.XLSX);
        Path file = dir.resolve("secret.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem filesystem = new POIFSFileSystem()) {
            try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
                 OutputStream encrypted = encryptor.getDataStream(filesystem)) {
                opc.save(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                filesystem.writeFilesystem(out);
            }
        }

        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(file, null));

        assertThat(e.problems()).containsExactly(
                new CaseProblem(0, null, "the workbook is password-protected; save it without a password"));
    }

    private static JsonNode json(String text) {
        try {
            return Json.parse(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
