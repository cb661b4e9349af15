package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.client.Home;
import org.primebatch.daemon.Daemon;
import org.primebatch.daemon.DaemonOptions;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.echo.EchoEngine;
import org.primebatch.engine.mathcad.FakeMathcad;
import org.primebatch.mcdx.NativeEngine;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;

/**
 * {@code run --verify}, {@code show} and {@code results} of a batch cross-checked with Mathcad Prime, as a user runs
 * them against a daemon over its socket; the daemon's Mathcad engine is the one on the fake Prime.
 */
class CrossCheckCommandLineTest {
    private static final String SHEET = Corpus.simpleExample().toString();

    private Path root;
    private Path home;
    /** Where the user's files are: never the daemon's home, which no client may name. */
    private Path work;
    private Daemon daemon;
    private final FakeMathcad mathcad = new FakeMathcad();

    record Result(int code, String out, String err) {
    }

    private Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    @BeforeEach
    void start() throws IOException {
        root = Files.createTempDirectory("pbx");
        home = root.resolve("h");
        work = Files.createDirectories(root.resolve("w"));
    }

    @AfterEach
    void stop() {
        if (daemon != null) {
            daemon.close();
        }
        mathcad.close();
        DaemonProcess.deleteTree(root);
    }

    private void startDaemonWithTheFakeMathcad() throws IOException {
        daemon = Daemon.start(DaemonOptions.defaults(new Home(home)), List.of(new NativeEngine(2), mathcad.engine(),
                new EchoEngine(1, StartedProcesses.NONE)));
    }

    private Path cases() throws IOException {
        StringBuilder csv = new StringBuilder("case,input_1,input_2\n");
        for (int i = 1; i <= 120; i++) {
            csv.append('c').append(i).append(',').append(i).append(",1\n");
        }
        return Files.writeString(work.resolve("cases.csv"), csv);
    }

    @Test
    void runVerifiesThenRunsNativelyAndShowAndResultsSaySo() throws IOException {
        startDaemonWithTheFakeMathcad();

        Result run = cli("run", SHEET, "--cases", cases().toString(), "--out", work.resolve("out").toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("batch 1 queued: 120 cases on native, cross-checked with Mathcad Prime "
                + "(3 cases on both engines first, then every 50th case)")
                .contains("cross-check running natively: the verification agreed; 5 of 5 cross-checked cases agreed");
        Result show = cli("show", "1");
        assertThat(show.out()).contains("crosscheck running natively: the verification agreed; 5 of 5 cross-checked "
                + "cases agreed, a spot check every 50 cases");
        Path csv = work.resolve("results.csv");
        assertThat(cli("results", "1", "--format", "csv", "--output", csv.toString()).code()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).endsWith(",engine,cross-check,artifacts");
        assertThat(lines.get(1)).startsWith("c1,1,succeeded,").contains(",mathcad,agreed,");
        assertThat(lines.get(2)).startsWith("c2,2,succeeded,").contains(",native,,");
        assertThat(lines.get(50)).startsWith("c50,50,").contains(",mathcad,agreed,");
    }

    @Test
    void aDisagreementIsShownWithBothValuesAndTheBatchEndsOnMathcad() throws IOException {
        mathcad.disagreeWhen("input_1", 61);
        startDaemonWithTheFakeMathcad();

        Result run = cli("run", SHEET, "--cases", cases().toString(), "--verify", "3", "--spot-check", "25",
                "--out", work.resolve("out").toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("cross-check carrying on with Mathcad Prime: case 61 (c61): output output: ");
        String mathcadValue = Double.toString(Math.sqrt(62) * FakeMathcad.OFF_BY);
        String nativeValue = Double.toString(Math.sqrt(62));
        Result show = cli("show", "1");
        assertThat(show.out()).contains("crosscheck carrying on with Mathcad Prime: case 61 (c61): output output: "
                + "Mathcad Prime " + mathcadValue + ", native " + nativeValue);
        Path xlsx = work.resolve("results.xlsx");
        assertThat(cli("results", "1", "--format", "xlsx", "--output", xlsx.toString()).code()).isZero();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet batch = book.getSheet("batch");
            String disagreement = null;
            for (Row row : batch) {
                if ("disagreement".equals(row.getCell(0).getStringCellValue())) {
                    disagreement = row.getCell(1).getStringCellValue();
                }
            }
            assertThat(disagreement).isEqualTo("case 61 (c61): output output: Mathcad Prime " + mathcadValue + ", native "
                    + nativeValue + " (" + Math.sqrt(62) * FakeMathcad.OFF_BY + " against " + Math.sqrt(62) + " in SI base units)");
            Row header = book.getSheet("results").getRow(0);
            Row case61 = book.getSheet("results").getRow(61);
            int engine = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if ("engine".equals(header.getCell(i).getStringCellValue())) {
                    engine = i;
                }
            }
            assertThat(case61.getCell(engine).getStringCellValue()).isEqualTo("mathcad");
            assertThat(case61.getCell(engine + 1).getStringCellValue()).startsWith("disagreed: output output: Mathcad Prime "
                    + mathcadValue + ", native " + nativeValue);
            for (int r = 1; r <= 120; r++) {
                assertThat(book.getSheet("results").getRow(r).getCell(engine).getStringCellValue()).as("row " + r)
                        .isEqualTo("mathcad");
            }
        }
    }

    @Test
    void verifyWithoutMathcadIsRefusedWithTheReasonAndExitThree() throws IOException {
        // the daemon's own engines: Mathcad Prime is not installed on this machine
        daemon = Daemon.start(DaemonOptions.defaults(new Home(home)));

        Result submit = cli("submit", SHEET, "--cases", cases().toString(), "--verify", "3");

        assertThat(submit.code()).isEqualTo(Main.UNREACHABLE);
        assertThat(submit.err()).contains("the cross-check (verify 3) compares the native engine with Mathcad Prime, which "
                + "is not available here").contains("leave verify out (or give 0) to run natively without it");
        assertThat(cli("list", "--json").out().strip()).isEqualTo("[ ]");
        Result dry = cli("submit", SHEET, "--cases", cases().toString(), "--dry-run");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("engine     native\n");
    }
}
