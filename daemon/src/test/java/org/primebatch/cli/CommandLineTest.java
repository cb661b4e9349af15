package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.Json;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;
import org.primebatch.mcdx.testing.Examples;

/** The {@code primebatch} command line against real daemon processes: output, JSON documents and exit codes. */
class CommandLineTest {
    private static final Duration SAFETY = Duration.ofSeconds(120);
    private static final String SHEET = Corpus.simpleExample().toString();

    record Result(int code, String out, String err) {
        JsonNode json() {
            return parse(out);
        }
    }

    static Result cli(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Nested
    class WithoutADaemon {
        @TempDir
        Path home;

        @Test
        void clientCommandsExitWithThreeAndSayHowToStartOne() {
            for (String[] args : new String[][] {{"status"}, {"list"}, {"show", "1"}, {"cancel", "1"}, {"stop"}, {"rpc"}}) {
                Result r = cli(home, args);
                assertThat(r.code()).as("exit code of %s", String.join(" ", args)).isEqualTo(Main.UNREACHABLE);
                assertThat(r.err()).as("error of %s", String.join(" ", args)).contains("no daemon answers");
            }
        }

        @Test
        void usageErrorsExitWithTwo() {
            assertThat(cli(home, "no-such-command").code()).isEqualTo(Main.BAD_INPUT);
            assertThat(cli(home, "submit", SHEET).code()).as("--cases missing").isEqualTo(Main.BAD_INPUT);
            Result r = cli(home, "show", "not-a-number");
            assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.err()).contains("not-a-number");
            assertThat(cli(home, "daemon", "--slots", "0").code()).isEqualTo(Main.BAD_INPUT);
        }
    }

    @Nested
    class Check {
        @Test
        void checkSaysWhetherTheNativeEngineRunsAWorksheet() {
            Path home = Path.of("unused-home");
            Result simple = cli(home, "check", SHEET);
            assertThat(simple.code()).as(simple.err()).isZero();
            assertThat(simple.out()).contains("1 matched, 0 mismatched").contains("native     yes");

            Result json = cli(home, "check", Examples.beamWorksheet().toString(), "--json");
            assertThat(json.code()).isZero();
            assertThat(json.json().get("runsNatively").asBoolean()).isTrue();
            assertThat(json.json().get("values")).hasSize(4).allSatisfy(v -> assertThat(v.get("status").asText()).isEqualTo("matched"));

            Result solver = cli(home, "check", Corpus.dir().resolve("ChristianCruger__mcad2py/references__3d_plots.mcdx").toString());
            assertThat(solver.code()).isEqualTo(Main.CASES_FAILED);
            assertThat(solver.out()).contains("native     no: ");

            Result missing = cli(home, "check", "no-such.mcdx");
            assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(cli(home, "check").code()).as("neither a sheet nor --corpus").isEqualTo(Main.BAD_INPUT);
        }

        @Test
        void checkCorpusPrintsOneSummaryTable() {
            Result table = cli(Path.of("unused-home"), "check", "--corpus", Corpus.dir().resolve("MattWoodhead__MathcadPy").toString());
            assertThat(table.code()).isZero();
            assertThat(table.out()).contains("documentation__Examples__simple_example.mcdx").contains("designated outputs reproduced: ")
                    .contains("values computed differently from the stored ones: 0");
        }
    }

    @Nested
    class RunStartsADaemon {
        @TempDir
        Path home;
        /** The test's files: outside the daemon's home, which no client may name. */
        @TempDir
        Path scratch;

        @AfterEach
        void stopTheDaemonItStarted() {
            if (Files.exists(home.resolve("run/daemon.sock"))) {
                cli(home, "stop");
            }
        }

        @Test
        void runStartsTheDaemonRunsTheBatchAndStopEndsIt() throws Exception {
            Path cases = write(scratch.resolve("cases.csv"), "case,input_1,input_2 [m]\nfirst,1,2\nsecond,3,4.5\n../evil,5,6\n");
            Path out = scratch.resolve("out");

            Result run = cli(home, "run", SHEET, "--cases", cases.toString(), "--engine", "echo", "--export", "json", "--out", out.toString());

            assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();
            assertThat(run.out()).contains("started a daemon for " + home).contains("batch 1 queued: 3 cases on echo")
                    .contains("batch 1 succeeded 100%  3/3 done, 0 failed");
            assertThat(out.resolve("first.json")).exists();
            assertThat(parse(Files.readString(out.resolve("second.json"))).toString()).contains("4.5");
            DaemonProcess.await("the summary files", Duration.ofSeconds(60), () -> Files.exists(out.resolve("manifest.json")));
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .as("the case named ../evil stays inside the output folder")
                        .containsExactlyInAnyOrder("first.json", "second.json", "_evil.json", "results.csv", "results.xlsx", "manifest.json");
            }
            assertThat(home.getParent().resolve("evil.json")).doesNotExist();

            Result status = cli(home, "status", "--json");
            assertThat(status.code()).isZero();
            long pid = status.json().get("pid").asLong();
            assertThat(ProcessHandle.of(pid)).isPresent();

            Result list = cli(home, "list", "--json");
            assertThat(list.code()).isZero();
            assertThat(list.json()).hasSize(1);
            assertThat(list.json().get(0).get("state").asText()).isEqualTo("succeeded");

            Result stop = cli(home, "stop");
            assertThat(stop.code()).isZero();
            assertThat(stop.out()).contains("daemon stopped (PID " + pid + ")");
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            assertThat(cli(home, "status").code()).isEqualTo(Main.UNREACHABLE);
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class AgainstARunningDaemon {
        Path home;
        /** The test's files: outside the daemon's home, which no client may name. */
        Path scratch;
        DaemonProcess daemon;

        @BeforeAll
        void startDaemon() throws Exception {
            home = Files.createTempDirectory("pbcli");
            scratch = Files.createTempDirectory("pbcli-files");
            daemon = DaemonProcess.start(home, "--slots", "2");
        }

        @AfterAll
        void stopDaemon() throws Exception {
            daemon.close();
            DaemonProcess.deleteTree(home);
            DaemonProcess.deleteTree(scratch);
        }

        @Test
        void aFailedCaseMakesRunExitWithOneAndShowNamesIt() throws Exception {
            Path cases = write(scratch.resolve("fail.csv"), "case,input_1,_fail\ngood,1,\nbad,2,no thanks\n");

            Result run = cli(home, "run", SHEET, "--cases", cases.toString(), "--engine", "echo", "--out", scratch.resolve("failed-out").toString());

            assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isEqualTo(Main.CASES_FAILED);
            assertThat(run.out()).doesNotContain("started a daemon");
            long batch = Long.parseLong(run.out().replaceAll("(?s).*batch (\\d+) queued.*", "$1"));
            Result show = cli(home, "show", Long.toString(batch));
            assertThat(show.code()).isZero();
            assertThat(show.out()).contains("failed").contains("#2 bad after 1 attempt: echo asked to fail: no thanks");

            Result json = cli(home, "show", Long.toString(batch), "--json");
            assertThat(json.json().path("counts").path("failed").asInt()).isEqualTo(1);
        }

        @Test
        void aBadCaseFileExitsWithTwoNamesRowAndColumnAndQueuesNothing() throws Exception {
            int before = cli(home, "list", "--json").json().size();
            Path cases = write(scratch.resolve("bad.csv"), "case,input_1,input_2 [m\na,1,2\nb,3\nc,[1;2,4\n");

            Result submit = cli(home, "submit", SHEET, "--cases", cases.toString(), "--engine", "echo");

            assertThat(submit.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(submit.err()).contains("row 3").contains("row 4");
            assertThat(cli(home, "list", "--json").json()).hasSize(before);

            Result missing = cli(home, "submit", SHEET, "--cases", scratch.resolve("nope.csv").toString(), "--engine", "echo");
            assertThat(missing.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(missing.err()).contains("nope.csv");
            Result noSheet = cli(home, "submit", scratch.resolve("nope.mcdx").toString(), "--cases", cases.toString(), "--engine", "echo");
            assertThat(noSheet.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(cli(home, "list", "--json").json()).hasSize(before);
        }

        @Test
        void pauseResumeCancelRetryAndDeleteChangeTheBatchAsTheySay() throws Exception {
            Path cases = write(scratch.resolve("slow.csv"), "case,input_1,_delay_ms\n" + "a,1,60000\nb,2,60000\nc,3,60000\nd,4,60000\n");
            Result submit = cli(home, "submit", SHEET, "--cases", cases.toString(), "--engine", "echo", "--out", scratch.resolve("actions-out").toString(), "--json");
            assertThat(submit.code()).as("submit: %s", submit.err()).isZero();
            String batch = submit.json().get("id").asText();

            assertThat(cli(home, "pause", batch).code()).isZero();
            assertThat(cli(home, "show", batch, "--json").json().get("state").asText()).isEqualTo("paused");
            assertThat(cli(home, "delete", batch).code()).as("a batch that has not ended cannot be deleted").isEqualTo(Main.BAD_INPUT);
            assertThat(cli(home, "resume", batch).code()).isZero();

            Result cancelItem = cli(home, "cancel", batch, "--item", "4");
            assertThat(cancelItem.code()).isZero();
            assertThat(cancelItem.out()).isEqualTo("case 4 of batch " + batch + " cancelled\n");
            assertThat(cli(home, "cancel", batch).code()).isZero();
            Result watch = cli(home, "watch", batch, "--json");
            assertThat(watch.code()).as("a cancelled batch did not complete").isEqualTo(Main.CASES_FAILED);
            assertThat(watch.json().get("state").asText()).isEqualTo("cancelled");

            Result retry = cli(home, "retry", batch, "--json");
            assertThat(retry.code()).isZero();
            assertThat(retry.json().get("items").asInt()).isEqualTo(4);
            assertThat(cli(home, "cancel", batch).code()).isZero();
            DaemonProcess.await("the batch to end", SAFETY, () -> cli(home, "show", batch, "--json").json().get("state").asText().equals("cancelled"));

            assertThat(cli(home, "delete", batch).code()).isZero();
            Result gone = cli(home, "show", batch);
            assertThat(gone.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(gone.err()).contains("no batch " + batch);
        }

        @Test
        void resultsWritesTheTableOfABatch() throws Exception {
            Path cases = write(scratch.resolve("ok.csv"), "case,input_1,input_2\nx,1,2\ny,3,4\n");
            Path out = scratch.resolve("results-out");
            Result run = cli(home, "run", SHEET, "--cases", cases.toString(), "--engine", "echo", "--out", out.toString(), "--json");
            assertThat(run.code()).isZero();
            String batch = run.json().get("id").asText();

            Path table = scratch.resolve("table.csv");
            Result results = cli(home, "results", batch, "--output", table.toString());
            assertThat(results.code()).as("results: %s", results.err()).isZero();
            List<String> lines = Files.readAllLines(table);
            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).contains("case").contains("input_1").contains("input_2");
            assertThat(lines.get(1)).startsWith("x,1,succeeded,");
        }

        @Test
        void theBeamExampleRunsOnTheNativeEngine() throws Exception {
            Path out = scratch.resolve("beam-out");
            Result run = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", Examples.beamCases().toString(),
                    "--export", "pdf,mcdx", "--out", out.toString(), "--json");
            assertThat(run.code()).as("run: %s", run.err()).isZero();
            assertThat(run.json().at("/spec/engine").asText()).isEqualTo("native");
            assertThat(run.json().at("/counts/succeeded").asInt()).isEqualTo(run.json().at("/counts/total").asInt())
                    .isGreaterThanOrEqualTo(50);

            Path table = scratch.resolve("beam.csv");
            assertThat(cli(home, "results", run.json().get("id").asText(), "--output", table.toString()).code()).isZero();
            List<String> lines = Files.readAllLines(table);
            assertThat(lines.get(0)).contains("M_max [kN·m]").contains("delta_max [mm]");
            assertThat(lines.get(1)).startsWith("B01-IPE300-6m,1,succeeded,").contains(",54,");
            assertThat(out.resolve("B01-IPE300-6m.pdf")).isNotEmptyFile();
            Path written = out.resolve("B02-HEA160-5.5m.mcdx");
            Result check = cli(home, "check", written.toString(), "--json");
            assertThat(check.code()).as("check of the written worksheet: %s", check.out()).isZero();
            assertThat(check.json().get("matched").asInt()).isEqualTo(4);
            assertThat(check.json().get("values").get(0).get("computed").asText()).isEqualTo("22.6875 kN·m");
        }

        @Test
        void aCaseColumnTheWorksheetDoesNotDesignateIsRefused() throws Exception {
            int before = cli(home, "list", "--json").json().size();
            Path cases = write(scratch.resolve("span.csv"), "case,span [m],w [kN/m]\na,6,12\n");
            Result submit = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", cases.toString());
            assertThat(submit.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(submit.err()).contains("'span'").contains("designates no such input").contains("E, I, L, w");
            assertThat(cli(home, "list", "--json").json()).hasSize(before);
        }

        @Test
        void aValueTheNativeEngineCannotTakeIsRefusedBeforeAnythingIsQueued() throws Exception {
            int before = cli(home, "list", "--json").json().size();
            Path cases = write(scratch.resolve("units.csv"), "case,L [furlong],w [kN/m]\na,6,12\nb,7,13\n");
            Result submit = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", cases.toString());
            assertThat(submit.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(submit.err()).contains("input 'L'").contains("furlong");
            assertThat(cli(home, "list", "--json").json()).hasSize(before);
        }

        @Test
        void valuesOfTheWrongKindOrDimensionAreRefusedWithCaseAndInputNamed() throws Exception {
            int before = cli(home, "list", "--json").json().size();
            Path cases = write(scratch.resolve("kinds.csv"), "case,L [kN],E\na,6,\"steel\"\nb,[1;2],210\n");
            Result submit = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", cases.toString());
            assertThat(submit.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(submit.err()).contains("case 1 (a), input 'L': unit 'kN'").contains("does not fit the input L in m")
                    .contains("case 1 (a), input 'E': the input E takes a number, not a string")
                    .contains("case 2 (b), input 'L': the input L takes a number, not a matrix");
            assertThat(cli(home, "list", "--json").json()).hasSize(before);
        }

        @Test
        void aNumberWithoutAUnitIsInTheInputsOwnUnitInTheDryRunAndTheRun() throws Exception {
            Path bare = write(scratch.resolve("bare.csv"), "case,L,w [kN/m]\na,6,12\nb,5.5,6\n");
            Path metres = write(scratch.resolve("metres.csv"), "case,L [m],w [kN/m]\na,6,12\nb,5.5,6\n");
            Result dry = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", bare.toString(), "--dry-run");
            assertThat(dry.code()).as("dry run: %s%s", dry.out(), dry.err()).isZero();
            assertThat(dry.out()).contains("L=6.0 m");

            Result withoutUnit = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", bare.toString(), "--json");
            assertThat(withoutUnit.code()).as("run: %s", withoutUnit.err()).isZero();
            Result withUnit = cli(home, "run", Examples.beamWorksheet().toString(), "--cases", metres.toString(), "--json");
            assertThat(withUnit.code()).as("run: %s", withUnit.err()).isZero();
            List<String> bareRows = resultRows(withoutUnit.json().get("id").asText(), "bare-results.csv");
            List<String> metreRows = resultRows(withUnit.json().get("id").asText(), "metre-results.csv");
            assertThat(bareRows.get(0)).contains("L [m]");
            assertThat(bareRows).isEqualTo(metreRows);
            assertThat(bareRows.get(1)).startsWith("a,1,succeeded,").contains(",54,");
        }

        private List<String> resultRows(String batch, String file) throws Exception {
            Path table = scratch.resolve(file);
            Result results = cli(home, "results", batch, "--output", table.toString());
            assertThat(results.code()).as("results: %s", results.err()).isZero();
            return Files.readAllLines(table).stream().map(line -> line.replaceAll(",[^,]*$", "")).toList();
        }

        @Test
        void aDryRunChecksAndShowsTheBatchWithoutQueueingIt() throws Exception {
            int before = cli(home, "list", "--json").json().size();
            Path out = scratch.resolve("dry-out");
            Result dry = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", Examples.beamCases().toString(),
                    "--export", "pdf", "--out", out.toString(), "--name-template", "{case}_L{L}", "--dry-run");
            assertThat(dry.code()).as("dry run: %s%s", dry.out(), dry.err()).isZero();
            assertThat(dry.out()).contains("nothing queued").contains("engine     native").contains("cases      64")
                    .contains("B01-IPE300-6m_L6.0.pdf");
            Result json = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", Examples.beamCases().toString(),
                    "--dry-run", "--json");
            assertThat(json.json().path("cases").asInt()).isEqualTo(64);
            assertThat(json.json().path("first")).hasSize(5);
            assertThat(cli(home, "list", "--json").json()).hasSize(before);

            Path bad = write(scratch.resolve("dry-bad.csv"), "case,L [kN]\na,6\n");
            Result refused = cli(home, "submit", Examples.beamWorksheet().toString(), "--cases", bad.toString(), "--dry-run");
            assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        }

        @Test
        void theNativeEngineRefusesAWorksheetItCannotReproduce() throws Exception {
            Path cases = write(scratch.resolve("x.csv"), "case,x\na,1\n");
            Path solver = Corpus.dir().resolve("ChristianCruger__mcad2py/references__3d_plots.mcdx");
            Result submit = cli(home, "submit", solver.toString(), "--cases", cases.toString(), "--engine", "native");
            assertThat(submit.code()).isEqualTo(Main.BAD_INPUT);
            assertThat(submit.err()).contains("the native engine cannot run references__3d_plots.mcdx");
            Result auto = cli(home, "submit", solver.toString(), "--cases", cases.toString());
            assertThat(auto.code()).as("auto finds no engine: Mathcad is not here").isEqualTo(Main.UNREACHABLE);
            assertThat(auto.err()).contains("no engine can run this worksheet").contains("native: ");
        }

        @Test
        void rpcBridgesStandardInputAndOutputToTheSocket() throws Exception {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "--home", home.toString(), "rpc");
            Process rpc = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (BufferedReader fromDaemon = new BufferedReader(new InputStreamReader(rpc.getInputStream(), StandardCharsets.UTF_8));
                    OutputStream toDaemon = rpc.getOutputStream()) {
                JsonNode welcome = parse(fromDaemon.readLine());
                assertThat(welcome.get("method").asText()).isEqualTo("session.welcome");

                toDaemon.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":1,\"max\":1},\"client\":\"rpc-test\"}}\n"
                        + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"daemon.status\",\"params\":{}}\n"
                        + "not json\n").getBytes(StandardCharsets.UTF_8));
                toDaemon.flush();

                assertThat(parse(fromDaemon.readLine()).get("id").asInt()).isEqualTo(1);
                JsonNode status = parse(fromDaemon.readLine());
                assertThat(status.get("id").asInt()).isEqualTo(2);
                assertThat(status.get("result").get("pid").asLong()).isEqualTo(daemon.pid());
                JsonNode parseError = parse(fromDaemon.readLine());
                assertThat(parseError.get("error").get("code").asInt()).isEqualTo(-32700);
            }
            assertThat(rpc.waitFor(SAFETY.toSeconds(), TimeUnit.SECONDS)).as("rpc ends when its input ends").isTrue();
            assertThat(rpc.exitValue()).isZero();
        }
    }
}
