package org.primebatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ComparisonOperator;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemView;
import org.primebatch.report.WorkbookStyles.RowMark;

/**
 * The results workbook: a "results" sheet with the CSV's columns and a "batch" sheet about the batch.
 *
 * <p>Rows are streamed through SXSSF, which keeps only {@link #ROW_WINDOW} rows in memory and the rest in temporary
 * files that are deleted when the workbook is closed. Artifacts are {@code HYPERLINK} formulas rather than cell
 * hyperlinks because POI keeps every cell hyperlink of a sheet in memory until the workbook is written.
 */
final class ResultsWorkbook {
    static final String RESULTS_SHEET = "results";
    static final int ROW_WINDOW = 100;

    private static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final ResultColumns columns;
    private final Path workbookFolder;
    private final WorkbookStyles styles;
    private final int artifactsColumn;

    private ResultsWorkbook(ResultColumns columns, Path workbookFolder, WorkbookStyles styles) {
        this.columns = columns;
        this.workbookFolder = workbookFolder;
        this.styles = styles;
        this.artifactsColumn = columns.artifactsColumn();
    }

    /** Iterates {@code items} twice, like the CSV writer; does not close {@code out}. */
    static void write(BatchView batch, Iterable<ItemView> items, Path workbookFolder, OutputStream out) throws IOException {
        ResultColumns columns = ResultColumns.of(batch, items);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW)) {
            workbook.setCompressTempFiles(true);
            WorkbookStyles styles = new WorkbookStyles(workbook);
            new ResultsWorkbook(columns, workbookFolder, styles).writeResults(workbook.createSheet(RESULTS_SHEET), items);
            BatchSheet.write(workbook.createSheet(BatchSheet.NAME), batch, styles);
            workbook.write(out);
        }
        out.flush();
    }

    private void writeResults(SXSSFSheet sheet, Iterable<ItemView> items) {
        int lastColumn = artifactsColumn + Math.max(1, columns.mostArtifacts()) - 1;
        writeHeader(sheet.createRow(0), lastColumn);
        sheet.createFreezePane(0, 1);
        setWidths(sheet, lastColumn);
        int rowIndex = 0;
        for (ItemView item : items) {
            writeItem(sheet.createRow(++rowIndex), item, lastColumn);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, rowIndex, 0, lastColumn));
        if (columns.hasCheck() && rowIndex > 0) {
            markVerdicts(sheet, artifactsColumn - 1 - (columns.crossChecked() ? ResultColumns.CROSS_CHECK.size() : 0), rowIndex);
        }
    }

    /** Conditional formatting on the check column: "fail" red, "pass" green, as Excel shows them when sorted. */
    private static void markVerdicts(SXSSFSheet sheet, int column, int lastRow) {
        SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
        ConditionalFormattingRule fail = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"fail\"");
        PatternFormatting red = fail.createPatternFormatting();
        red.setFillBackgroundColor(IndexedColors.ROSE.getIndex());
        red.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        fail.createFontFormatting().setFontColorIndex(IndexedColors.DARK_RED.getIndex());
        ConditionalFormattingRule pass = formatting.createConditionalFormattingRule(ComparisonOperator.EQUAL, "\"pass\"");
        PatternFormatting green = pass.createPatternFormatting();
        green.setFillBackgroundColor(IndexedColors.LIGHT_GREEN.getIndex());
        green.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
        formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, lastRow, column, column)}, fail, pass);
    }

    private void writeHeader(Row row, int lastColumn) {
        String[] header = columns.header();
        for (int i = 0; i < header.length; i++) {
            text(row, i, header[i], styles.header());
        }
        for (int i = artifactsColumn + 1; i <= lastColumn; i++) {
            row.createCell(i).setCellStyle(styles.header());
        }
        if (lastColumn > artifactsColumn) {
            row.getSheet().addMergedRegion(new CellRangeAddress(0, 0, artifactsColumn, lastColumn));
        }
    }

    private void setWidths(SXSSFSheet sheet, int lastColumn) {
        int[] fixedWidths = {24, 6, 10, 8, 40};
        for (int i = 0; i <= lastColumn; i++) {
            int characters = i < fixedWidths.length ? fixedWidths[i] : i < artifactsColumn ? 14 : 30;
            sheet.setColumnWidth(i, characters * 256);
        }
    }

    private void writeItem(Row row, ItemView item, int lastColumn) {
        RowMark mark = RowMark.of(item.state());
        CellStyle style = styles.cell(mark);
        // every cell of a marked row is created so that its fill colour spans the table, gaps included
        for (int i = 0; i <= lastColumn; i++) {
            row.createCell(i).setCellStyle(style);
        }
        int i = 0;
        text(row, i++, item.name(), style);
        row.getCell(i++).setCellValue(item.seq());
        text(row, i++, item.state() == null ? null : item.state().word(), style);
        row.getCell(i++).setCellValue(item.attempts());
        text(row, i++, item.error(), style);
        CellStyle fromWorksheet = styles.fromWorksheet(mark);
        for (ResultColumns.ValueColumn column : columns.values()) {
            CellStyle cellStyle = column.fromWorksheet(item) ? fromWorksheet : style;
            if (cellStyle != style) {
                row.getCell(i).setCellStyle(cellStyle);
            }
            value(row, i++, column.valueOf(item), column.unit(), cellStyle);
        }
        if (columns.hasCheck()) {
            text(row, i++, columns.checkOf(item), style);
        }
        if (columns.crossChecked()) {
            for (String cell : ResultColumns.crossCheckOf(item)) {
                text(row, i++, cell, style);
            }
        }
        List<String> artifacts = item.artifacts() == null ? List.of() : item.artifacts();
        for (String artifact : artifacts) {
            ArtifactLink link = ArtifactLink.of(artifact, workbookFolder);
            Cell cell = row.getCell(i++);
            cell.setCellFormula(link.formula());
            // the formula's value as Excel would compute it, for readers that do not evaluate formulas
            cell.setCellValue(link.label());
            cell.setCellStyle(styles.link(mark));
        }
    }

    private static void value(Row row, int column, CaseValue value, String columnUnit, CellStyle style) {
        if (value == null) {
            return;
        }
        boolean unitInHeader = value.unit() == null || value.unit().equals(columnUnit);
        if (unitInHeader && value.value().isNumber() && Double.isFinite(value.value().doubleValue())) {
            row.getCell(column).setCellValue(value.value().doubleValue());
        } else {
            text(row, column, CellText.of(value, columnUnit), style);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(text.length() <= MAX_CELL_TEXT ? text : cut(text));
    }

    private static String cut(String text) {
        int end = MAX_CELL_TEXT - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
