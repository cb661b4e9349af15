package org.primebatch.mcdx.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.primebatch.mcdx.report.PageWriter.Colour;

/**
 * Writes the calculation report of one case as an A4 PDF: title, case, date and engine; a table of inputs and one
 * of outputs; every math region in reading order with its value; refused regions in grey with the reason, failed
 * ones with the error; {@code page N of M} at the foot of each page. Safe to call from several threads at once.
 */
public final class CalculationReport {
    private static final float TITLE = 16;
    private static final float HEADING = 12;
    private static final float BODY = 10;
    private static final float SMALL = 8.5f;
    private static final float HANGING = 18;
    private static final float[] COLUMNS = {0.34f, 0.46f, 0.20f};
    private static final float CELL_GAP = 6;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private CalculationReport() {
    }

    public static void write(ReportCase report, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(report, out);
        }
    }

    /** Writes the PDF to {@code out}, which stays open. */
    public static void write(ReportCase report, OutputStream out) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDFont font = ReportFont.embed(document);
            try (PageWriter pages = new PageWriter(document, font)) {
                header(pages, report);
                table(pages, "Inputs", report.inputs());
                table(pages, "Outputs", report.outputs());
                calculation(pages, report.regions());
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            footers(document, font, report);
            describe(document, report);
            synchronized (ReportFont.saveLock()) {
                document.save(out);
            }
        }
    }

    private static void header(PageWriter pages, ReportCase report) {
        for (String line : pages.wrap(report.worksheetName(), TITLE, PageWriter.WIDTH)) {
            pages.line(PageWriter.LEFT, line, TITLE, Colour.TEXT);
        }
        pages.down(4);
        field(pages, "Case", report.caseName());
        field(pages, "Date", DATE.format(report.date()));
        field(pages, "Engine", (report.engineName() + " " + report.engineVersion()).strip());
        pages.down(6);
    }

    private static void field(PageWriter pages, String label, String value) {
        float indent = 60;
        List<String> lines = pages.wrap(value, BODY, PageWriter.WIDTH - indent);
        pages.keep(PageWriter.leading(BODY));
        pages.textAt(PageWriter.LEFT, BODY, label, BODY, Colour.MUTED);
        for (String line : lines) {
            pages.line(PageWriter.LEFT + indent, line, BODY, Colour.TEXT);
        }
    }

    private static void heading(PageWriter pages, String title) {
        pages.keep(PageWriter.leading(HEADING) + 3 * PageWriter.leading(BODY));
        pages.down(8);
        pages.line(PageWriter.LEFT, title, HEADING, Colour.TEXT);
        pages.down(2);
    }

    private static void table(PageWriter pages, String title, List<ReportRow> rows) {
        heading(pages, title);
        if (rows.isEmpty()) {
            pages.line(PageWriter.LEFT, "none", BODY, Colour.MUTED);
            return;
        }
        row(pages, List.of("Name", "Value", "Unit"), Colour.MUTED);
        pages.rule(Colour.RULE);
        pages.down(2);
        for (ReportRow r : rows) {
            row(pages, List.of(r.name(), r.value(), r.unit()), Colour.TEXT);
        }
        pages.rule(Colour.RULE);
    }

    private static void row(PageWriter pages, List<String> cells, Colour colour) {
        List<List<String>> wrapped = new ArrayList<>();
        int height = 1;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = pages.wrap(cells.get(c), BODY, columnWidth(c) - CELL_GAP);
            wrapped.add(lines);
            height = Math.max(height, lines.size());
        }
        float leading = PageWriter.leading(BODY);
        pages.keep(height * leading);
        float x = PageWriter.LEFT;
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = wrapped.get(c);
            for (int i = 0; i < lines.size(); i++) {
                pages.textAt(x, BODY + i * leading, lines.get(i), BODY, colour);
            }
            x += columnWidth(c);
        }
        pages.down(height * leading);
    }

    private static float columnWidth(int column) {
        return COLUMNS[column] * PageWriter.WIDTH;
    }

    private static void calculation(PageWriter pages, List<ReportLine> regions) {
        heading(pages, "Calculation");
        for (ReportLine region : regions) {
            Colour colour = switch (region.status()) {
                case COMPUTED -> Colour.TEXT;
                case REFUSED -> Colour.MUTED;
                case FAILED -> Colour.ERROR;
            };
            pages.keep(2 * PageWriter.leading(BODY));
            for (String line : region.math().split("\n", -1)) {
                block(pages, line, BODY, colour);
            }
            String note = switch (region.status()) {
                case COMPUTED -> region.note();
                case REFUSED -> "refused: " + region.note();
                case FAILED -> "error: " + region.note();
            };
            if (!note.isBlank()) {
                block(pages, "    " + note.strip(), SMALL, region.status() == ReportLine.Status.FAILED ? Colour.ERROR
                        : Colour.MUTED);
            }
            pages.down(3);
        }
    }

    /** One source line: its leading spaces become an indent, lines it wraps onto hang further in. */
    private static void block(PageWriter pages, String line, float size, Colour colour) {
        String text = line.stripLeading();
        float indent = pages.width(line.substring(0, line.length() - text.length()), size);
        List<String> lines = pages.wrap(text, size, PageWriter.WIDTH - indent, PageWriter.WIDTH - indent - HANGING);
        for (int i = 0; i < lines.size(); i++) {
            pages.line(PageWriter.LEFT + indent + (i == 0 ? 0 : HANGING), lines.get(i), size, colour);
        }
    }

    private static void footers(PDDocument document, PDFont font, ReportCase report) throws IOException {
        int total = document.getNumberOfPages();
        String left = ReportFont.printable(report.worksheetName() + (report.caseName().isEmpty() ? "" : " · "
                + report.caseName()));
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            String number = "page " + (i + 1) + " of " + total;
            float width = font.getStringWidth(number) / 1000 * SMALL;
            float maxLeft = PageWriter.WIDTH - width - 20;
            String label = TextWrap.lines(left, maxLeft, t -> stringWidth(font, t)).get(0);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                content.setNonStrokingColor(Colour.MUTED.r(), Colour.MUTED.g(), Colour.MUTED.b());
                content.beginText();
                content.setFont(font, SMALL);
                content.newLineAtOffset(PageWriter.LEFT, PageWriter.MARGIN);
                content.showText(label);
                content.newLineAtOffset(PageWriter.WIDTH - width, 0);
                content.showText(number);
                content.endText();
            }
        }
    }

    private static double stringWidth(PDFont font, String text) {
        try {
            return font.getStringWidth(text) / 1000 * SMALL;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void describe(PDDocument document, ReportCase report) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(report.worksheetName() + (report.caseName().isEmpty() ? "" : " – " + report.caseName()));
        info.setCreator((report.engineName() + " " + report.engineVersion()).strip());
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(report.date().toEpochMilli());
        info.setCreationDate(date);
    }
}
