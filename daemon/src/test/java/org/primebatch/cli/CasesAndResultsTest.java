package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.cli.CommandLineTest.cli;
import static org.primebatch.cli.CommandLineTest.write;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.primebatch.cli.CommandLineTest.Result;
import org.primebatch.testing.DaemonProcess;
import org.primebatch.mcdx.testing.Examples;

/** Cases in (workbooks, sweeps, manifests) and results out (workbook, manifest, merged PDF, zip) through the command line. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesAndResultsTest {
    private static final Duration SAFETY = Duration.ofSeconds(90);

    Path home;
    /** The test's files: outside the daemon's home, which no client may name. */
    Path scratch;
    DaemonProcess daemon;

    @BeforeAll
    void startDaemon() throws Exception {
        home = Files.createTempDirectory("pbcases");
        scratch = Files.createTempDirectory("pbcases-files");
        daemon = DaemonProcess.start(home);
    }

    @AfterAll
    void stopDaemon() throws Exception {
        daemon.close();
        DaemonProcess.deleteTree(home);
        DaemonProcess.deleteTree(scratch);
    }

    /** Rows alternate between L = 10 m, w = 50 kN/m and two empty cells, through the daemon and its engine hosts. */
    @Test
    void aCaseThatLeavesInputsBlankIsCalculatedWithTheWorksheetsValuesWhateverRanBefore() throws Exception {
        StringBuilder csv = new StringBuilder("case,L [m],w [kN/m]\n");
        for (int i = 1; i <= 40; i++) {
            csv.append(i % 2 == 1 ? "given-" + i + ",10,50\n" : "blank-" + i + ",,\n");
        }
        Path cases = write(scratch.resolve("alternating.csv"), csv.toString());
        Path out = scratch.resolve("alternating");
        Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", cases.toString(), "--out", out.toString(), "--json");
        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();

        List<String> table = Files.readAllLines(out.resolve("results.csv"));
        List<String> header = List.of(table.get(0).replace("\"", "").split(","));
        assertThat(header).containsSubsequence("L [m]", "w [kN/m]", "E [GPa]", "I [cm^4]", "M_max [kN·m]", "delta_max [mm]",
                "sigma [MPa]", "utilisation");
        assertThat(table).hasSize(41);
        for (String line : table.subList(1, table.size())) {
            List<String> row = List.of(line.split(","));
            String name = row.get(0);
            double moment = Double.parseDouble(row.get(header.indexOf("M_max [kN·m]")));
            double utilisation = Double.parseDouble(row.get(header.indexOf("utilisation")));
            if (name.startsWith("blank")) {
                assertThat(row.get(header.indexOf("L [m]"))).as(name).isEqualTo("6");
                assertThat(row.get(header.indexOf("w [kN/m]"))).as(name).isEqualTo("12");
                assertThat(moment).as(name).isEqualTo(54);
                assertThat(utilisation).as(name).isCloseTo(0.48083, org.assertj.core.api.Assertions.within(1e-5));
            } else {
                assertThat(moment).as(name).isEqualTo(625);
            }
        }
    }

    @Test
    void anOutputThatIsNotAFiniteNumberFailsTheCaseAtOnceNamingIt() throws Exception {
        Path cases = write(scratch.resolve("overflow.csv"), "case,L [m]\nhuge,1e300\nfine,3\n");
        Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", cases.toString(),
                "--out", scratch.resolve("overflow").toString(), "--json");
        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isEqualTo(1);
        Path manifest = scratch.resolve("overflow").resolve("manifest.json");
        DaemonProcess.await("the manifest", SAFETY, () -> Files.exists(manifest));
        List<String> table = Files.readAllLines(scratch.resolve("overflow").resolve("results.csv"));
        assertThat(table.get(1)).startsWith("huge,1,failed,1,").contains("is not a finite number");
        assertThat(table.get(2)).startsWith("fine,2,succeeded,1,");
        assertThat(Files.readString(manifest)).doesNotContain("Infinity");
    }

    @Test
    void sweepsRunAloneOrTimesACaseFileAndOversizedOrMismatchedOnesAreRefused() throws Exception {
        Path loads = write(scratch.resolve("loads.csv"), "case,w [kN/m]\na,10\nb,20\n");
        Path out = scratch.resolve("swept");
        Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", loads.toString(),
                "--sweep", "L=2..6 step 2 m", "--out", out.toString(), "--json");
        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();
        assertThat(run.json().path("counts").path("succeeded").asInt()).isEqualTo(6);
        List<String> table = Files.readAllLines(out.resolve("results.csv"));
        assertThat(table).hasSize(7);
        assertThat(table.get(1)).startsWith("\"a L=2 m\",1,succeeded");
        assertThat(table.get(6)).startsWith("\"b L=6 m\",6,succeeded");

        int before = cli(home, "list", "--json").json().size();
        Result zip = cli(home, "submit", Examples.beamWorksheet().toString(), "--sweep", "L=2..6 step 2 m",
                "--sweep", "w=10,20 kN/m", "--combine", "zip");
        assertThat(zip.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(zip.err()).contains("L has 3 values, w has 2 values");
        Result huge = cli(home, "submit", Examples.beamWorksheet().toString(), "--sweep", "L=1..2000 step 0.001 m", "--max-cases", "1000");
        assertThat(huge.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(huge.err()).contains("more than the limit of 1000");
        Result unit = cli(home, "submit", Examples.beamWorksheet().toString(), "--sweep", "L=1,2 kN");
        assertThat(unit.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unit.err()).contains("does not fit the input L in m");
        assertThat(cli(home, "list", "--json").json()).hasSize(before);
    }

    @Test
    void aCaseWorkbookIsReadLikeACaseFile() throws Exception {
        Path workbook = scratch.resolve("beams.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("beams");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("case");
            header.createCell(1).setCellValue("L [m]");
            header.createCell(2).setCellValue("w [kN/m]");
            for (int i = 1; i <= 3; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("beam " + i);
                row.createCell(1).setCellValue(2.0 * i);
                row.createCell(2).setCellFormula("5*" + i);
            }
            try (var stream = Files.newOutputStream(workbook)) {
                book.write(stream);
            }
        }
        Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", workbook.toString(), "--sheet", "beams",
                "--out", scratch.resolve("from-xlsx").toString(), "--json");
        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();
        assertThat(run.json().path("counts").path("succeeded").asInt()).isEqualTo(3);

        Result wrongSheet = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", workbook.toString(), "--sheet", "loads");
        assertThat(wrongSheet.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(wrongSheet.err()).contains("loads").contains("beams");
    }

    @Test
    void aFinishedBatchLeavesItsWorkbookManifestAndMergedPdfAndRunsAgainFromTheManifest() throws Exception {
        List<String> beams = Files.readAllLines(Examples.beamCases()).subList(0, 4);
        Path cases = write(scratch.resolve("three.csv"), String.join("\n", beams) + "\n");
        Path out = scratch.resolve("summary");
        Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", cases.toString(),
                "--export", "merged-pdf", "--out", out.toString(), "--json");
        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();
        String batch = run.json().path("id").asText();
        Path merged = out.resolve("beam-all.pdf");
        DaemonProcess.await("the summary files", SAFETY, () -> Files.exists(out.resolve("manifest.json")) && Files.exists(merged)
                && Files.exists(out.resolve("results.xlsx")));

        try (InputStream in = Files.newInputStream(out.resolve("results.xlsx")); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet results = book.getSheetAt(0);
            assertThat(results.getLastRowNum()).isEqualTo(3);
            assertThat(results.getRow(1).getCell(0).getStringCellValue()).isEqualTo("B01-IPE300-6m");
            assertThat(results.getRow(1).getCell(2).getStringCellValue()).isEqualTo("succeeded");
        }
        try (PDDocument pdf = Loader.loadPDF(merged.toFile())) {
            List<String> bookmarks = new java.util.ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            assertThat(bookmarks).containsExactly("B01-IPE300-6m", "B02-HEA160-5.5m", "B03-IPE240-3.5m");
        }

        Path zipFile = scratch.resolve("summary.zip");
        Result results = cli(home, "results", batch, "--format", "xlsx", "--zip", zipFile.toString());
        assertThat(results.code()).as("results: %s", results.err()).isZero();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .contains("results.xlsx", "results.csv", "manifest.json", "beam-all.pdf", "B01-IPE300-6m.pdf");
        }

        Result again = cli(home, "submit", "--from", out.resolve("manifest.json").toString(), "--json");
        assertThat(again.code()).as("again: %s", again.err()).isZero();
        assertThat(again.json().path("counts").path("total").asInt()).isEqualTo(3);
        assertThat(again.json().path("spec").path("exports").toString()).contains("merged-pdf");
        Result onlyFailed = cli(home, "submit", "--from", out.resolve("manifest.json").toString(), "--only", "failed");
        assertThat(onlyFailed.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(onlyFailed.err()).contains("no case that is failed");
    }
}
