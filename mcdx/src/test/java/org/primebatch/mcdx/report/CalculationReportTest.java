package org.primebatch.mcdx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.text.WorksheetRun;

class CalculationReportTest {
    private static final Instant DATE = Instant.parse("2026-03-14T09:26:53Z");

    @Test
    void beamReportShowsCaseInputsOutputsAndMath() throws IOException {
        byte[] pdf = write(WorksheetRun.of(WorksheetRun.beam(), Map.of()).reportCase("span 6 m"));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("beam", "span 6 m", "2026-03-14 09:26:53 UTC", "native 0.1.0");
            assertThat(text).contains("Inputs", "Outputs", "Calculation");
            assertThat(text).containsPattern("w\\s+12\\s+kN/m");
            assertThat(text).containsPattern("I\\s+8356\\s+cm⁴");
            assertThat(text).containsPattern("M_max\\s+54\\s+kN·m");
            assertThat(text).contains("M_max := w·L²/8 = 54 kN·m", "δ_max := 5·w·L⁴/(384·E·I) = 11.5");
            assertThat(text).contains("page 1 of 1");
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            assertThat(first.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        }
    }

    @Test
    void unicodeMathPrintsWithAnEmbeddedSubsetFont() throws IOException {
        ReportCase report = new ReportCase("Thermal strain", "steel", DATE, "native", "0.1.0",
                List.of(new ReportRow("ΔT", "35", "°C"), new ReportRow("α", "12", "µm/(m·K)")),
                List.of(new ReportRow("ε", "420", "µm/m")),
                List.of(ReportLine.computed("ε := α·ΔT = 420 µm/m"),
                        ReportLine.computed("A := π·d²/4 = 1.5 mm²"),
                        ReportLine.computed("r := √(x² + y²) + ΣF_i"),
                        ReportLine.refused("p := rp_psat(T)", "rp_psat comes from a DLL add-in")));
        byte[] pdf = write(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("ε := α·ΔT = 420 µm/m", "A := π·d²/4 = 1.5 mm²", "r := √(x² + y²) + ΣF_i");
            assertThat(text).containsPattern("ΔT\\s+35\\s+°C");
            assertThat(text).contains("p := rp_psat(T)", "refused: rp_psat comes from a DLL add-in");
            List<PDFont> fonts = fonts(document.getPage(0));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans");
            });
            assertThat(pdf.length).as("a subset, not the whole 740 kB font").isLessThan(100_000);
        }
    }

    @Test
    void longReportsWrapAndNumberTheirPages() throws IOException {
        List<ReportLine> lines = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            lines.add(ReportLine.computed("x_" + i + " := " + "a + ".repeat(i % 40) + "b = " + i));
        }
        lines.add(ReportLine.computed("f(a, b) :=\n  c ← (a + b)/2\n  if c < 0: 0\n  else: c"));
        lines.add(ReportLine.failed("y := 1/0", "division by zero"));
        String word = "M".repeat(300);
        lines.add(ReportLine.computed(word));
        byte[] pdf = write(new ReportCase("long", "all", DATE, "native", "0.1.0", List.of(), List.of(), lines));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("page 1 of " + pages, "page " + pages + " of " + pages);
            assertThat(text).contains("x_149 := a + a +", "b = 149", "c ← (a + b)/2", "error: division by zero");
            assertThat(text.replaceAll("\\s", "")).contains(word);
        }
    }

    @Test
    void reportsCanBeWrittenConcurrently() throws Exception {
        ReportCase report = WorksheetRun.of(WorksheetRun.beam(), Map.of()).reportCase("parallel");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                written.add(pool.submit(() -> write(report)));
            }
            for (Future<byte[]> f : written) {
                try (PDDocument document = Loader.loadPDF(f.get())) {
                    assertThat(new PDFTextStripper().getText(document)).contains("M_max := w·L²/8 = 54 kN·m");
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] write(ReportCase report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CalculationReport.write(report, out);
        return out.toByteArray();
    }

    private static List<PDFont> fonts(PDPage page) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }
}
