package org.primebatch.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;

/** The "batch" sheet of a results workbook: one row per property of the batch, times in UTC. */
final class BatchSheet {
    static final String NAME = "batch";

    private final Sheet sheet;
    private final WorkbookStyles styles;

    private BatchSheet(Sheet sheet, WorkbookStyles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    static void write(Sheet sheet, BatchView batch, WorkbookStyles styles) {
        new BatchSheet(sheet, styles).write(batch);
    }

    private void write(BatchView batch) {
        sheet.setColumnWidth(0, 20 * 256);
        sheet.setColumnWidth(1, 60 * 256);
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("property");
        header.createCell(1).setCellValue("value");
        header.getCell(0).setCellStyle(styles.header());
        header.getCell(1).setCellStyle(styles.header());

        BatchSpec spec = batch.spec();
        text("batch", Long.toString(batch.id()));
        text("name", spec == null ? null : spec.name());
        text("state", batch.state() == null ? null : batch.state().word());
        text("worksheet", spec == null ? null : spec.worksheet());
        text("engine", spec == null ? null : spec.engine());
        if (batch.crossCheck() != null) {
            text("cross-check", "with Mathcad Prime: " + spec.verify() + " verification cases, a spot check every "
                    + spec.spotCheckEvery() + " cases; " + batch.crossCheck().display());
            if (batch.crossCheck().disagreement() != null) {
                text("disagreement", batch.crossCheck().disagreement().display());
            }
        }
        if (spec != null && !spec.designate().isEmpty()) {
            text("designated by name", spec.designate().display());
        }
        text("output folder", spec == null ? null : spec.outDir());
        text("exports", spec == null ? null : String.join(", ", spec.exports()));
        Counts counts = batch.counts() == null ? Counts.NONE : batch.counts();
        number("cases", counts.total());
        number("pending", counts.pending());
        number("running", counts.running());
        number("succeeded", counts.succeeded());
        number("failed", counts.failed());
        number("cancelled", counts.cancelled());
        number("skipped", counts.skipped());
        time("created (UTC)", batch.created());
        time("started (UTC)", batch.started());
        time("finished (UTC)", batch.finished());
        if (batch.started() != null && batch.finished() != null) {
            number("run time [s]", Duration.between(batch.started(), batch.finished()).toMillis() / 1000.0);
        }
    }

    private Cell property(String name) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        row.createCell(0).setCellValue(name);
        return row.createCell(1);
    }

    private void text(String name, String value) {
        Cell cell = property(name);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void number(String name, double value) {
        property(name).setCellValue(value);
    }

    private void time(String name, Instant value) {
        Cell cell = property(name);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
            cell.setCellStyle(styles.dateTime());
        }
    }
}
