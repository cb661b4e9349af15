package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonClient;
import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.testing.DaemonProcess;

/**
 * Inputs and outputs designated by variable name through a real daemon: from the command line and the protocol, a
 * report template that designates nothing run as a batch of reports, and names that do not fit refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DesignationByNameCommandTest {
    /** A real template that designates nothing: f_cd (a literal subscript) and ϕ set its cohesion c_eff. */
    private static final Path COHESION = Corpus.dir().resolve("ChristianCruger__mcad2py/references__plain_concrete_cohesion.mcdx");
    private static final Duration SAFETY = Duration.ofSeconds(180);

    Path home;
    /** Case files and output folders: outside the daemon's home, which no client may name. */
    Path scratch;
    DaemonProcess daemon;

    record Result(int code, String out, String err) {
        JsonNode json() {
            try {
                return Json.parse(out);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + out, e);
            }
        }
    }

    @BeforeAll
    void startDaemon() throws Exception {
        home = Files.createTempDirectory("pbnames");
        scratch = Files.createTempDirectory("pbnames-files");
        daemon = DaemonProcess.start(home);
    }

    @AfterAll
    void stopDaemon() throws Exception {
        daemon.close();
        DaemonProcess.deleteTree(home);
        DaemonProcess.deleteTree(scratch);
    }

    private Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--home", home.toString()));
        all.addAll(List.of(args));
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    private Path cases(String name, String text) throws IOException {
        return Files.writeString(scratch.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aTemplateThatDesignatesNothingRunsAsABatchOfReports() throws Exception {
        byte[] before = Files.readAllBytes(COHESION);
        Path cases = cases("reports.csv", "case,f_cd [MPa],ϕ [deg]\nc20,20,37\nc30,30,30\n");
        Path out = scratch.resolve("reports-out");

        Result run = cli("run", COHESION.toString(), "--cases", cases.toString(), "--input", "f_cd,ϕ", "--export", "pdf,mcdx",
                "--out", out.toString());

        assertThat(run.code()).as("run: %s%s", run.out(), run.err()).isZero();
        assertThat(run.out()).contains("2 cases on native").contains("succeeded 100%  2/2 done, 0 failed");
        for (String name : List.of("c20", "c30")) {
            assertThat(Files.readAllBytes(out.resolve(name + ".pdf"))).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
            McdxWorksheet written = McdxWorksheet.open(out.resolve(name + ".mcdx"));
            assertThat(written.inspect().inputs()).extracting(i -> i.alias()).containsExactly("f_cd", "ϕ");
            assertThat(written.check().runsNatively()).as("%s reproduces its own results", name).isTrue();
        }
        // c_eff = 2/√30 · f_cd / (2 √k), k = (1 + sin ϕ) / (1 − sin ϕ) = 3 for ϕ = 30°: √10 MPa
        JsonNode c30 = Json.tree(McdxWorksheet.open(out.resolve("c30.mcdx"))
                .designating(DesignationNames.of(List.of(), List.of("c_eff"))).inspect().outputs().get(0));
        assertThat(c30.get("value").asDouble()).isCloseTo(Math.sqrt(10), within(1e-12));
        DaemonProcess.await("the results table", SAFETY, () -> Files.exists(out.resolve("results.csv")));
        assertThat(Files.readAllLines(out.resolve("results.csv")).get(0))
                .isEqualTo("case,seq,state,attempts,error,\"f_cd [MPa]\",\"ϕ [deg]\",artifacts");
        assertThat(Files.readAllBytes(COHESION)).as("the user's worksheet is never changed").isEqualTo(before);

        long batch = Long.parseLong(run.out().replaceAll("(?s).*batch (\\d+) queued.*", "$1"));
        JsonNode spec = cli("show", Long.toString(batch), "--json").json().get("spec");
        assertThat(spec.at("/designate/inputs").toString()).isEqualTo("[\"f_cd\",\"ϕ\"]");
        assertThat(spec.at("/designated/outputs")).isEmpty();
    }

    @Test
    void theProtocolDesignatesByNameInInspectCheckAndSubmit() throws Exception {
        JsonNode names = Json.object().set("designate", Json.tree(DesignationNames.of(List.of("f_cd", "ϕ"), List.of("c_eff", "p"))));
        try (DaemonClient client = daemon.client()) {
            JsonNode info = client.call(Protocol.WORKSHEET_INSPECT, ((ObjectNode) names.deepCopy())
                    .put("worksheet", COHESION.toString()).put("all", true));
            assertThat(info.at("/inputs/0/alias").asText()).isEqualTo("f_cd");
            assertThat(info.at("/outputs/1/alias").asText()).isEqualTo("p");
            assertThat(info.at("/outputs/1/region").asInt()).as("p is defined twice; the last region showing it").isEqualTo(13);
            JsonNode p = null;
            for (JsonNode definition : info.get("definitions")) {
                if (definition.get("name").asText().equals("p")) {
                    p = definition;
                }
            }
            assertThat(p).isNotNull();
            assertThat(p.get("inputRegion").asInt()).isEqualTo(11);
            assertThat(p.get("outputRegion").asInt()).isEqualTo(13);
            assertThat(p.get("designated").asText()).isEqualTo("p");

            JsonNode check = client.call(Protocol.WORKSHEET_CHECK, ((ObjectNode) names.deepCopy())
                    .put("worksheet", COHESION.toString()));
            assertThat(check.get("runsNatively").asBoolean()).isTrue();
            assertThat(check.at("/outputs/0/name").asText()).isEqualTo("c_eff");

            JsonNode spec = Json.object().put("worksheet", COHESION.toString()).put("engine", "native")
                    .put("outDir", scratch.resolve("protocol-out").toString()).set("designate", names.get("designate"));
            JsonNode submitted = client.call(Protocol.BATCH_SUBMIT, Json.object().<ObjectNode>set("spec", spec)
                    .set("cases", Json.tree(List.of(Map.of("name", "c30", "inputs", Map.of(
                            "f_cd", CaseValue.of(30, "MPa"), "ϕ", CaseValue.of(30, "deg")))))));
            BatchView done = daemon.awaitFinal(submitted.get("id").asLong(), SAFETY);
            assertThat(done.counts().succeeded()).isEqualTo(1);
            ItemView item = daemon.items(done.id()).get(0);
            assertThat(item.outputs().get("c_eff").value().asDouble()).isCloseTo(Math.sqrt(10), within(1e-12));
            assertThat(item.outputs().get("c_eff").unit()).isEqualTo("MPa");
            assertThat(item.outputs()).containsKey("p");

            JsonNode unknown = Json.object().put("worksheet", COHESION.toString())
                    .set("designate", Json.tree(DesignationNames.of(List.of("phi"), List.of())));
            try {
                client.call(Protocol.WORKSHEET_INSPECT, unknown);
                throw new AssertionError("an unknown name was inspected");
            } catch (RpcException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMS);
                assertThat(e.getMessage()).contains("unknown variable phi");
            }
        }
    }

    @Test
    void namesThatDoNotFitExitWithTwoNameTheVariableAndQueueNothing() throws Exception {
        int before = cli("list", "--json").json().size();
        Path cases = cases("bad-names.csv", "case,f_cd [MPa]\na,25\n");
        String out = scratch.resolve("bad-names-out").toString();

        Result unknown = cli("submit", COHESION.toString(), "--cases", cases.toString(), "--input", "f_cd,phi", "--export", "pdf",
                "--out", out);
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown variable phi").contains("did you mean ϕ?");

        Result onEcho = cli("submit", COHESION.toString(), "--cases", cases.toString(), "--input", "W_Q", "--engine", "echo",
                "--out", out);
        assertThat(onEcho.code()).as("names are checked whatever the engine").isEqualTo(Main.BAD_INPUT);
        assertThat(onEcho.err()).contains("unknown variable W_Q");

        Result neverShown = cli("submit", COHESION.toString(), "--cases", cases.toString(), "--input", "f_cd", "--output", "β",
                "--out", out);
        assertThat(neverShown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(neverShown.err()).contains("output 'β' cannot be designated");

        Result nothingKept = cli("submit", COHESION.toString(), "--cases", cases.toString(), "--input", "f_cd", "--out", out);
        assertThat(nothingKept.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(nothingKept.err()).contains("designates no outputs and the batch exports nothing");

        Result notDesignated = cli("submit", COHESION.toString(), "--cases", cases.toString(), "--output", "c_eff", "--out", out);
        assertThat(notDesignated.code()).as("f_cd is a column but no input").isEqualTo(Main.BAD_INPUT);
        assertThat(notDesignated.err()).contains("input 'f_cd'").contains("designates no such input");

        assertThat(cli("list", "--json").json()).hasSize(before);
        assertThat(scratch.resolve("bad-names-out")).doesNotExist();
    }

    @Test
    void inspectAllListsEveryVariableANameMayDesignate() throws Exception {
        Result plain = cli("inspect", "--all", COHESION.toString());
        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("inputs     none").contains("outputs    none");
        assertThat(plain.out()).containsPattern("f_cd\\s+0\\s+0\\s+real\\s+20 MPa\\s+\\[synchronized\\]");
        assertThat(plain.out()).containsPattern("β\\s+1\\s+-\\s+real\\s+120 deg\\n");
        assertThat(plain.out()).containsPattern("c_eff\\s+9\\s+9\\s+real\\s+1.8205626232537591 MPa");
        assertThat(plain.out()).containsPattern("p\\s+11\\s+13\\s+");

        JsonNode json = cli("inspect", "--all", "--json", COHESION.toString()).json();
        assertThat(json.get("definitions")).hasSize(10);
        assertThat(json.at("/definitions/1/name").asText()).isEqualTo("β");
        assertThat(json.at("/definitions/1/unit").asText()).isEqualTo("deg");
        assertThat(cli("inspect", "--json", COHESION.toString()).json().has("definitions")).as("only with --all").isFalse();

        Result designated = cli("inspect", COHESION.toString(), "--input", "ϕ", "--output", "c_eff");
        assertThat(designated.out()).containsPattern("ϕ\\s+region 3\\s+ϕ\\s+real\\s+37 deg");
        Result unknown = cli("inspect", COHESION.toString(), "--input", "phi");
        assertThat(unknown.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown variable phi");
    }
}
