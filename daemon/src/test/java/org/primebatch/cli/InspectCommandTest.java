package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.ValueKind;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.pkg.TestPackages;
import org.primebatch.mcdx.testing.Corpus;

class InspectCommandTest {
    @TempDir
    Path dir;

    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void showsTheInputsAndOutputsOfTheSimpleExample() {
        Outcome r = run("inspect", Corpus.simpleExample().toString());

        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        assertThat(r.out()).contains("unit system si, ORIGIN 0").contains("math 4, text 3");
        assertThat(r.out()).containsPattern("input_1\\s+region 2\\s+input_1\\s+real\\s+2\\n");
        assertThat(r.out()).containsPattern("input_2\\s+region 3\\s+input_2\\s+real\\s+4\\n");
        assertThat(r.out()).containsPattern("output\\s+region 6\\s+output\\s+real\\s+2.4494897427831779\\s+\\[synchronized\\]");
    }

    @Test
    void writesTheSimpleExampleAsJson() throws IOException {
        Outcome r = run("inspect", Corpus.simpleExample().toString(), "--json");

        assertThat(r.code()).as(r.err()).isEqualTo(Main.OK);
        WorksheetInfo info = Json.MAPPER.readValue(r.out(), WorksheetInfo.class);
        assertThat(info.unitSystem()).isEqualTo("si");
        assertThat(info.origin()).isZero();
        assertThat(info.regions()).containsEntry("math", 4L).containsEntry("text", 3L);
        assertThat(info.inputs()).extracting(IoValue::alias).containsExactly("input_1", "input_2");
        assertThat(info.inputs().get(0).value().asDouble()).isEqualTo(2);
        assertThat(info.inputs().get(1).value().asDouble()).isEqualTo(4);
        IoValue output = info.outputs().get(0);
        assertThat(output.alias()).isEqualTo("output");
        assertThat(output.region()).isEqualTo(6);
        assertThat(output.variable()).isEqualTo("output");
        assertThat(output.kind()).isEqualTo(ValueKind.REAL);
        assertThat(output.value().asDouble()).isEqualTo(2.4494897427831779);
        assertThat(output.unit()).isNull();
        assertThat(output.status()).isEqualTo("synchronized");
        assertThat(r.out()).as("the digits stored in the file").contains("\"value\" : 2.4494897427831779");
    }

    @Test
    void showsValuesWithUnitsStringsAndMatrices() throws IOException {
        Path sheet = Corpus.dir().resolve("kniazmajowiec__mathcad_to_py/test.mcdx");
        Outcome plain = run("inspect", sheet.toString());
        Outcome json = run("inspect", "--json", sheet.toString());

        assertThat(plain.code()).as(plain.err()).isZero();
        assertThat(plain.out()).containsPattern("real_input_with_units_test\\s+region 3\\s+real_input_with_units_test\\s+real\\s+3 mm");
        assertThat(plain.out()).containsPattern("real_output_test\\s+region 8\\s+real_output_test\\s+real\\s+0.033 meter\\s+\\[synchronized\\]");
        JsonNode info = Json.parse(json.out());
        assertThat(info.at("/inputs/1/unit").asText()).isEqualTo("mm");
        assertThat(info.at("/inputs/2/kind").asText()).isEqualTo("string");
        assertThat(info.at("/inputs/2/value").asText()).isEqualTo("string from python script!");
        assertThat(info.at("/inputs/3/kind").asText()).isEqualTo("matrix");
        assertThat(info.at("/inputs/3/value").toString()).isEqualTo("[[1,2],[3,4]]");
        assertThat(info.at("/inputs/3/unit").asText()).isEqualTo("s");
        assertThat(info.at("/outputs/0/value").toString()).isEqualTo("[[10,20],[30,40]]");
        assertThat(info.at("/outputs/0/unit").asText()).isEqualTo("second");
    }

    @Test
    void outputsAreShownInTheirDisplayUnits() throws IOException {
        JsonNode units = Json.parse(run("inspect", "--json",
                Corpus.dir().resolve("MattWoodhead__MathcadPy/Test__test_units.mcdx").toString()).out());
        assertThat(units.at("/unitSystem").asText()).isEqualTo("us");
        assertThat(units.at("/outputs/0/unit").asText()).isEqualTo("pound·foot^2·second^-2");
        assertThat(units.at("/outputs/1/value").asDouble()).isEqualTo(12067);
        assertThat(units.at("/outputs/1/unit").asText()).isEqualTo("N*m");
        assertThat(units.at("/outputs/2/value").asDouble()).isEqualTo(8.9001624553287613);
        assertThat(units.at("/outputs/2/unit").asText()).isEqualTo("ft*kip");

        JsonNode io = Json.parse(run("inspect", "--json",
                Corpus.dir().resolve("ChristianCruger__mcad2py/references__io.mcdx").toString()).out());
        assertThat(io.at("/inputs/0/unit").asText()).isEqualTo("m");
        assertThat(io.at("/outputs/0/variable").asText()).isEqualTo("A");
        assertThat(io.at("/outputs/0/unit").asText()).isEqualTo("meter^2");
        assertThat(io.at("/outputs/1/variable").asText()).isEqualTo("σ");
        assertThat(io.at("/outputs/1/unit").asText()).isEqualTo("MPa");
    }

    @Test
    void matrixInputsAreReadColumnByColumnWithTheirUnit() throws IOException {
        JsonNode info = Json.parse(run("inspect", "--json", Corpus.dir()
                .resolve("LecturePress__Mathcad-Prime-Automation-in-Delphi/Worksheets__Basic Test.mcdx").toString()).out());

        assertThat(info.at("/inputs/0/value").asDouble()).isEqualTo(12.2341);
        assertThat(info.at("/inputs/0/unit").asText()).isEqualTo("kg");
        assertThat(info.at("/inputs/1/value").toString()).isEqualTo("[[1,-7,76],[2,3,5],[0.5,3.4,-9.3]]");
        assertThat(info.at("/inputs/1/unit").asText()).isEqualTo("N");
        assertThat(info.at("/outputs/0/variable").asText()).isEqualTo("output1");
        assertThat(info.at("/outputs/0/unit").asText()).isEqualTo("kilogram");
    }

    @Test
    void aMissingFileIsBadInput() {
        Outcome r = run("inspect", dir.resolve("gone.mcdx").toString());

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("gone.mcdx: no such file");
    }

    @Test
    void aHostileFileIsBadInput() throws IOException {
        Path evil = Files.write(dir.resolve("evil.mcdx"), TestPackages.withWorksheet(
                "<!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><w>&x;</w>"));
        Path notZip = Files.writeString(dir.resolve("plain.mcdx"), "hello");

        Outcome r = run("inspect", evil.toString());
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("evil.mcdx (mathcad/worksheet.xml)").contains("DOCTYPE").doesNotContain("root:");
        assertThat(run("inspect", "--json", notZip.toString()).code()).isEqualTo(Main.BAD_INPUT);
    }
}
