package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.cli.CommandLineTest.cli;
import static org.primebatch.cli.CommandLineTest.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.primebatch.cli.CommandLineTest.Result;
import org.primebatch.testing.DaemonProcess;
import org.primebatch.mcdx.testing.Examples;

/**
 * Two batches on one worksheet, through the command line and a real daemon: whatever the second is told, nothing of
 * the first batch's results is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoOverwriteTest {
    Path home;
    /** The test's files: outside the daemon's home, which no client may name. */
    Path scratch;
    DaemonProcess daemon;
    Path worksheet;
    Path cases;

    @BeforeAll
    void startDaemon() throws Exception {
        home = Files.createTempDirectory("pbnooverwrite");
        scratch = Files.createTempDirectory("pbnooverwrite-files");
        daemon = DaemonProcess.start(home);
        // a worksheet of its own, so that its default results folder is this test's
        Path sheets = Files.createDirectories(scratch.resolve("sheets"));
        worksheet = Files.copy(Examples.beamWorksheet(), sheets.resolve("beam.mcdx"));
        List<String> beams = Files.readAllLines(Examples.beamCases()).subList(0, 4);
        cases = write(scratch.resolve("three.csv"), String.join("\n", beams) + "\n");
    }

    @AfterAll
    void stopDaemon() throws Exception {
        daemon.close();
        DaemonProcess.deleteTree(home);
        DaemonProcess.deleteTree(scratch);
    }

    @Test
    void twoBatchesWithoutAFolderEachGetOneOfTheirOwn() throws Exception {
        Result first = run("--export", "pdf");
        Path firstDir = Path.of(first.json().path("spec").path("outDir").asText());
        Map<String, String> before = contents(firstDir);
        Result second = run("--export", "pdf");
        Path secondDir = Path.of(second.json().path("spec").path("outDir").asText());

        assertThat(firstDir.getParent()).isEqualTo(worksheet.resolveSibling("beam-results"));
        assertThat(firstDir.getFileName().toString()).isEqualTo(first.json().path("id").asText() + "-beam");
        assertThat(secondDir).isNotEqualTo(firstDir).hasParent(firstDir.getParent());
        assertThat(before).containsKeys("results.csv", "results.xlsx", "manifest.json", "B01-IPE300-6m.pdf");
        assertThat(contents(firstDir)).isEqualTo(before);
        assertThat(contents(secondDir)).containsKeys("results.csv", "manifest.json", "B01-IPE300-6m.pdf");
    }

    @Test
    void aFolderHoldingAnotherBatchsResultsIsRefusedUntilTheBatchChoosesAndNoChoiceLosesTheFirstResults() throws Exception {
        Path out = scratch.resolve("shared-out");
        run("--export", "pdf", "--out", out.toString());
        Map<String, String> first = contents(out);
        int batchesBefore = batchCount();

        Result refused = cli(home, "run", worksheet.toString(), "--cases", cases.toString(), "--export", "pdf", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("already holds", "results.csv", "manifest.json", "nothing was queued",
                "replace", "keep", "rename", out + "-2");
        Result dryRun = cli(home, "submit", worksheet.toString(), "--cases", cases.toString(), "--out", out.toString(), "--dry-run");
        assertThat(dryRun.code()).as("a dry run refuses what the run refuses").isEqualTo(Main.BAD_INPUT);
        assertThat(batchCount()).isEqualTo(batchesBefore);
        assertThat(contents(out)).isEqualTo(first);

        Result renamed = run("--export", "pdf", "--out", out.toString(), "--overwrite", "rename");
        assertThat(renamed.json().path("spec").path("outDir").asText()).isEqualTo(out + "-2");
        assertThat(contents(Path.of(out + "-2"))).containsKeys("results.csv", "B01-IPE300-6m.pdf");
        assertThat(contents(out)).isEqualTo(first);

        Result kept = run("--export", "pdf", "--out", out.toString(), "--overwrite", "keep");
        String id = kept.json().path("id").asText();
        Map<String, String> afterKeep = contents(out);
        assertThat(afterKeep).containsAllEntriesOf(first)
                .containsKeys("results-" + id + ".csv", "results-" + id + ".xlsx", "B01-IPE300-6m-" + id + ".pdf");

        run("--export", "pdf", "--out", out.toString(), "--overwrite", "replace");
        assertThat(contents(out).get("results.csv")).as("replace is the one choice that replaces").isNotNull();
    }

    @Test
    void aCheckMarksEachSucceededCaseAndIsCountedInListAndShow() throws Exception {
        Path out = scratch.resolve("checked");
        Result run = run("--out", out.toString(), "--check", "utilisation <= 0.5");
        String id = run.json().path("id").asText();
        List<String> table = Files.readAllLines(out.resolve("results.csv"));
        List<String> header = List.of(table.get(0).replace("\"", "").split(","));
        int check = header.indexOf("check: utilisation <= 0.5");
        int utilisation = header.indexOf("utilisation");
        assertThat(check).isPositive();
        int failing = 0;
        for (String line : table.subList(1, table.size())) {
            List<String> row = List.of(line.split(",", -1));
            boolean over = Double.parseDouble(row.get(utilisation)) > 0.5;
            assertThat(row.get(check)).as(line).isEqualTo(over ? "fail" : "pass");
            failing += over ? 1 : 0;
        }
        assertThat(failing).as("the example has beams on both sides of the limit").isBetween(1, 2);
        assertThat(run.json().path("counts").path("checkFailed").asInt()).isEqualTo(failing);
        assertThat(cli(home, "show", id).out()).contains("check      utilisation <= 0.5: " + failing + " of 3 succeeded cases fail it");

        Result unknown = cli(home, "submit", worksheet.toString(), "--cases", cases.toString(), "--check", "moment < 3");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("designates no output moment");
        Result badUnit = cli(home, "submit", worksheet.toString(), "--cases", cases.toString(), "--check", "sigma < 235 kPa");
        assertThat(badUnit.err()).contains("sigma is read in MPa");
        Result notACheck = cli(home, "submit", worksheet.toString(), "--cases", cases.toString(), "--check", "sigma is small");
        assertThat(notACheck.err()).contains("is not a comparison");
    }

    private Result run(String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("run", worksheet.toString(), "--cases", cases.toString(), "--json"));
        args.addAll(List.of(options));
        Result run = cli(home, args.toArray(String[]::new));
        assertThat(run.code()).as("run %s: %s%s", args, run.out(), run.err()).isZero();
        // the summary files are written when the batch ends, after the run has printed its last word
        Path outDir = Path.of(run.json().path("spec").path("outDir").asText());
        String id = run.json().path("id").asText();
        try {
            DaemonProcess.await("batch " + id + "'s summary files", java.time.Duration.ofSeconds(60), () -> {
                Map<String, String> files;
                try {
                    files = contents(outDir);
                } catch (IOException e) {
                    return false;
                }
                return files.keySet().stream().noneMatch(name -> name.endsWith(".part"))
                        && (files.containsKey("manifest-" + id + ".json") || files.containsKey("manifest.json")
                        && files.containsKey("results.xlsx") && manifestOf(outDir).contains("\"id\" : " + id));
            });
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return run;
    }

    private static String manifestOf(Path folder) {
        try {
            return Files.readString(folder.resolve("manifest.json"));
        } catch (IOException e) {
            return "";
        }
    }

    private int batchCount() {
        return cli(home, "list", "--json").json().size();
    }

    /** Every file of {@code folder} by name, with a digest of its bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(Files::isRegularFile).toList()) {
                try {
                    files.put(file.getFileName().toString(),
                            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return files;
    }
}
