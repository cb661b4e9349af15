package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.Json;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.engine.mathcad.FakeMathcad;
import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.mcdx.check.CompiledWorksheet;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;
import org.primebatch.mcdx.write.CaseWorksheetWriter;
import org.primebatch.mcdx.write.InputValue;

/**
 * {@code check SHEET --with mathcad}: Mathcad Prime (the fake) recalculates a private copy and the native engine is
 * compared with those fresh results, the way to take a worksheet saved with stale results; the worksheet itself is
 * never changed.
 */
class CheckWithMathcadTest {
    @TempDir
    Path dir;

    private final FakeMathcad mathcad = new FakeMathcad();

    @AfterEach
    void stop() {
        mathcad.close();
    }

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /** The beam with its span edited to 8 m and the results of its 6 m kept: saved without recalculating. */
    private Path staleBeam() throws IOException {
        McdxPackage template = McdxPackage.open(Examples.beamWorksheet());
        Worksheet sheet = Worksheet.read(template);
        Path stale = dir.resolve("beam-stale.mcdx");
        CaseWorksheetWriter.write(template, sheet, Map.of("L", InputValue.number(8, "m")),
                CompiledWorksheet.of(sheet).program().run(Map.of()), stale);
        return stale;
    }

    @Test
    void aWorksheetWithStaleResultsIsReproducedAgainstMathcadsFreshResults() throws IOException {
        Path stale = staleBeam();
        byte[] before = Files.readAllBytes(stale);
        Outcome plain = cli("check", stale.toString());
        assertThat(plain.code()).isEqualTo(Main.CASES_FAILED);
        assertThat(plain.out()).contains("stale      The 4 values that do not match are consistent with stale stored results: "
                + "with L = 6 m (the worksheet has 8 m)").contains("remedy     Open the worksheet in Mathcad Prime, "
                + "recalculate it (Ctrl+F5) and save it; or run primebatch check with --with mathcad");
        Path saved = dir.resolve("beam-recalculated.mcdx");
        StringWriter text = new StringWriter();

        int code = CheckCommand.againstFreshResults(mathcad.engine(), stale, saved, false, new PrintWriter(text, true));

        assertThat(code).as(text.toString()).isEqualTo(Main.OK);
        assertThat(text.toString())
                .contains("against    the results Mathcad Prime 10.0.0.0 calculated just now on a private copy")
                .contains("values     4 matched, 0 mismatched")
                .contains("native     yes: the native engine reproduces Mathcad Prime's results of this worksheet")
                .contains("stored     4 of the worksheet's stored values differ from the native engine's (consistent with "
                        + "stale stored results); batches take it natively once it is saved recalculated: the recalculated "
                        + "copy is " + saved);
        assertThat(Files.readAllBytes(stale)).as("the worksheet itself is never changed").isEqualTo(before);
        WorksheetCheck recalculated = McdxWorksheet.open(saved).check();
        assertThat(recalculated.runsNatively()).isTrue();
        assertThat(recalculated.outputs()).filteredOn(o -> o.name().equals("M_max")).singleElement()
                .satisfies(o -> assertThat(o.computed()).startsWith("96 "));
        assertThat(mathcad.calculations()).isEqualTo(1);
    }

    @Test
    void theJsonDocumentHoldsBothChecks() throws IOException {
        StringWriter text = new StringWriter();

        int code = CheckCommand.againstFreshResults(mathcad.engine(), staleBeam(), null, true, new PrintWriter(text, true));

        assertThat(code).isZero();
        JsonNode json = Json.parse(text.toString());
        assertThat(json.at("/engine").asText()).isEqualTo("mathcad");
        assertThat(json.at("/fresh/runsNatively").asBoolean()).isTrue();
        assertThat(json.at("/stored/runsNatively").asBoolean()).isFalse();
        assertThat(json.at("/stored/staleResults/inputs/0/name").asText()).isEqualTo("L");
        assertThat(json.at("/stored/staleResults/inputs/0/stored").asText()).isEqualTo("6 m");
    }

    @Test
    void theRecalculatedCopyIsNeverWrittenOverAFileOrTheWorksheet() throws IOException {
        Path stale = staleBeam();
        byte[] before = Files.readAllBytes(stale);

        assertThatThrownBy(() -> CheckCommand.againstFreshResults(mathcad.engine(), stale, stale, false,
                new PrintWriter(new StringWriter())))
                .isInstanceOfSatisfying(CliFailure.class, e -> {
                    assertThat(e.exitCode()).isEqualTo(Main.BAD_INPUT);
                    assertThat(e.getMessage()).contains("it is the worksheet itself, which primebatch never changes");
                });
        assertThat(Files.readAllBytes(stale)).isEqualTo(before);
    }

    @Test
    void withoutMathcadItSaysWhyAndExitsThree() {
        Outcome r = cli("check", Corpus.simpleExample().toString(), "--with", "mathcad");

        assertThat(r.code()).isEqualTo(Main.UNREACHABLE);
        assertThat(r.err()).contains("the mathcad engine is not available: Mathcad Prime runs on Windows only");
        assertThat(cli("check", Corpus.simpleExample().toString(), "--with", "native").code()).isEqualTo(Main.BAD_INPUT);
        assertThat(cli("check", Corpus.simpleExample().toString(), "--save", dir.resolve("x.mcdx").toString()).code())
                .isEqualTo(Main.BAD_INPUT);
    }
}
