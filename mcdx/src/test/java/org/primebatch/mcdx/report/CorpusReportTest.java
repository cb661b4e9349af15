package org.primebatch.mcdx.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.text.WorksheetRun;
import org.primebatch.mcdx.testing.Corpus;

/** Every corpus worksheet, run natively, gives a readable report: one page or more, one line per math region. */
class CorpusReportTest {
    @Test
    void everyCorpusWorksheetGivesAReport() throws Exception {
        List<Path> sheets;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            sheets = files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList();
        }
        int reports = 0;
        for (Path file : sheets) {
            WorksheetRun run;
            try {
                run = WorksheetRun.of(file, Map.of());
            } catch (McdxException e) {
                continue;
            }
            ReportCase report = run.reportCase("as saved");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CalculationReport.write(report, out);
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                assertThat(document.getNumberOfPages()).as(file.getFileName().toString()).isPositive();
            }
            reports++;
        }
        assertThat(reports).isGreaterThan(50);
    }
}
