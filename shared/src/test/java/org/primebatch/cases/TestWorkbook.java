package org.primebatch.cases;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes small workbooks with POI for tests. Each row is a list of cells: a {@link Number} is a number cell, a
 * {@link String} a text cell, a {@link Boolean} a logical cell, a {@link Formula} a formula (calculated before
 * saving, so it has a cached value), a {@link FormulaError} an error cell and null no cell at all.
 */
final class TestWorkbook {
    enum Format {
        XLSX(".xlsx"), XLS(".xls");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    record Formula(String text) {
    }

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
    private List<List<Object>> current;

    TestWorkbook sheet(String name) {
        current = new ArrayList<>();
        sheets.put(name, current);
        return this;
    }

    TestWorkbook row(Object... cells) {
        if (current == null) {
            sheet("Sheet1");
        }
        current.add(Arrays.asList(cells));
        return this;
    }

    TestWorkbook emptyRow() {
        return row();
    }

    Path write(Path dir, String baseName, Format format) throws IOException {
        Path file = dir.resolve(baseName + format.extension);
        try (Workbook workbook = format.create(); OutputStream out = Files.newOutputStream(file)) {
            for (Map.Entry<String, List<List<Object>>> entry : sheets.entrySet()) {
                fill(workbook.createSheet(entry.getKey()), entry.getValue());
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
        }
        return file;
    }

    private static void fill(Sheet sheet, List<List<Object>> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                Object value = cells.get(c);
                if (value != null) {
                    set(row.createCell(c), value);
                }
            }
        }
    }

    private static void set(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Boolean bool) {
            cell.setCellValue(bool);
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.text());
        } else if (value instanceof FormulaError error) {
            cell.setCellErrorValue(error.getCode());
        } else {
            throw new IllegalArgumentException("no cell for " + value);
        }
    }
}
