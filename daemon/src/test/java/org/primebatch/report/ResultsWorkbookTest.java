package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;

class ResultsWorkbookTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");

    @TempDir
    Path dir;

    private BatchView batch(Path outDir) {
        return new BatchView(7, BatchState.FAILED,
                new BatchSpec("beams", "beam.mcdx", "echo", outDir.toString(), List.of("pdf", "mcdx"),
                        null, null, null, null, null, null, null, null, null),
                new Counts(3, 0, 0, 1, 1, 1, 0), T0, T0.plusSeconds(1), T0.plusSeconds(91), null);
    }

    private List<ItemView> items(Path outDir) {
        return List.of(
                new ItemView(7, 1, "short beam", ItemState.SUCCEEDED, 1,
                        Map.of("L", CaseValue.of(2.5, "m"), "label", CaseValue.of("a")),
                        Map.of("σ", CaseValue.of(1.25, "MPa")),
                        List.of(outDir.resolve("short beam.pdf").toString(), outDir.resolve("short beam.mcdx").toString()),
                        null, T0, T0.plusSeconds(1)),
                new ItemView(7, 2, "long", ItemState.FAILED, 3,
                        Map.of("L", CaseValue.of(3, "m")),
                        Map.of(),
                        List.of(), "unit mismatch", T0, null),
                new ItemView(7, 3, "other", ItemState.CANCELLED, 0,
                        Map.of("L", CaseValue.of(4, "m")),
                        Map.of("σ", CaseValue.of(2000, "kPa")),
                        List.of(dir.resolve("elsewhere/other.pdf").toString()), null, null, null));
    }

    private XSSFWorkbook written(Path outDir) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeXlsx(batch(outDir), items(outDir), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void resultsSheetHasTheCsvColumnsWithUnitsAndANumericCellPerNumber() throws IOException {
        Path outDir = dir.resolve("out");
        try (XSSFWorkbook workbook = written(outDir)) {
            Sheet results = workbook.getSheet("results");

            assertThat(texts(results.getRow(0))).containsExactly(
                    "case", "seq", "state", "attempts", "error", "L [m]", "label", "σ", "artifacts", "");
            assertThat(results.getMergedRegions()).containsExactly(new CellRangeAddress(0, 0, 8, 9));
            Row first = results.getRow(1);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("short beam");
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2.5);
            assertThat(first.getCell(6).getStringCellValue()).isEqualTo("a");
            // σ has values in MPa and kPa: the header names no unit, so each cell keeps its own
            assertThat(first.getCell(7).getStringCellValue()).isEqualTo("1.25 MPa");
            assertThat(results.getRow(2).getCell(4).getStringCellValue()).isEqualTo("unit mismatch");
            assertThat(results.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(3.0);
            assertThat(results.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void artifactsLinkRelativeToTheWorkbookFolder() throws IOException {
        Path outDir = dir.resolve("out");
        try (XSSFWorkbook workbook = written(outDir)) {
            Sheet results = workbook.getSheet("results");

            Cell pdf = results.getRow(1).getCell(8);
            assertThat(pdf.getCellType()).isEqualTo(CellType.FORMULA);
            assertThat(pdf.getCellFormula()).isEqualTo("HYPERLINK(\"short beam.pdf\",\"short beam.pdf\")");
            assertThat(pdf.getStringCellValue()).isEqualTo("short beam.pdf");
            assertThat(results.getRow(1).getCell(9).getCellFormula())
                    .isEqualTo("HYPERLINK(\"short beam.mcdx\",\"short beam.mcdx\")");
            assertThat(results.getRow(3).getCell(8).getCellFormula())
                    .isEqualTo("HYPERLINK(\"../elsewhere/other.pdf\",\"../elsewhere/other.pdf\")");
        }
    }

    @Test
    void withoutAFolderArtifactsLinkToAbsolutePaths() throws IOException {
        Path outDir = dir.resolve("out");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeXlsx(batch(outDir), items(outDir), out, null);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            String absolute = outDir.resolve("short beam.pdf").toString();
            assertThat(workbook.getSheet("results").getRow(1).getCell(8).getCellFormula())
                    .isEqualTo("HYPERLINK(\"" + absolute + "\",\"" + absolute + "\")");
        }
    }

    @Test
    void failedAndCancelledRowsAreFilledAndTheHeaderIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = written(dir)) {
            Sheet results = workbook.getSheet("results");

            assertThat(results.getRow(1).getCell(0).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(IndexedColors.ROSE.getIndex());
            for (int column = 0; column < 10; column++) {
                assertThat(results.getRow(2).getCell(column).getCellStyle().getFillForegroundColor())
                        .isEqualTo(IndexedColors.ROSE.getIndex());
            }
            assertThat(results.getRow(3).getCell(0).getCellStyle().getFillForegroundColor())
                    .isEqualTo(IndexedColors.GREY_25_PERCENT.getIndex());
            int headerFont = results.getRow(0).getCell(0).getCellStyle().getFontIndex();
            assertThat(workbook.getFontAt(headerFont).getBold()).isTrue();
            assertThat(results.getPaneInformation().isFreezePane()).isTrue();
            assertThat(results.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void batchSheetDescribesTheBatch() throws IOException {
        try (XSSFWorkbook workbook = written(dir)) {
            Sheet sheet = workbook.getSheet("batch");

            assertThat(value(sheet, "name").getStringCellValue()).isEqualTo("beams");
            assertThat(value(sheet, "worksheet").getStringCellValue()).isEqualTo("beam.mcdx");
            assertThat(value(sheet, "engine").getStringCellValue()).isEqualTo("echo");
            assertThat(value(sheet, "state").getStringCellValue()).isEqualTo("failed");
            assertThat(value(sheet, "cases").getNumericCellValue()).isEqualTo(3.0);
            assertThat(value(sheet, "failed").getNumericCellValue()).isEqualTo(1.0);
            assertThat(value(sheet, "cancelled").getNumericCellValue()).isEqualTo(1.0);
            assertThat(value(sheet, "started (UTC)").getLocalDateTimeCellValue())
                    .isEqualTo(LocalDateTime.parse("2025-01-02T03:04:06"));
            assertThat(value(sheet, "run time [s]").getNumericCellValue()).isEqualTo(90.0);
        }
    }

    @Test
    void workbookOfNoItemsHasTheFixedHeader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ResultsWriter.writeXlsx(batch(dir), List.of(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet results = workbook.getSheet("results");
            assertThat(texts(results.getRow(0))).containsExactly("case", "seq", "state", "attempts", "error", "artifacts");
            assertThat(results.getLastRowNum()).isZero();
        }
    }

    private static Cell value(Sheet sheet, String property) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(property)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("no property " + property);
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            Cell cell = row.getCell(i);
            texts.add(cell == null ? "" : cell.getStringCellValue());
        }
        return texts;
    }
}
