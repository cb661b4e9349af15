package org.primebatch.mcdx.write;

import org.primebatch.mcdx.check.CompiledWorksheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.Worksheet;
import org.primebatch.mcdx.testing.Corpus;

class HostileInputTest {
    @TempDir
    Path dir;

    private final McdxPackage beam = McdxPackage.open(CaseFiles.beam());
    private final Worksheet beamSheet = Worksheet.read(beam);
    private final Path stringSheet = Corpus.dir().resolve("MattWoodhead__MathcadPy/Test__test.mcdx");

    private void writeBeam(Map<String, InputValue> inputs) throws Exception {
        Results results = CompiledWorksheet.of(beamSheet).program().run(Map.of());
        CaseWorksheetWriter.write(beam, beamSheet, inputs, results, dir.resolve("case.mcdx"));
    }

    @Test
    void aUnitStringThatIsAPathIsRefused() {
        assertThatThrownBy(() -> writeBeam(Map.of("L", InputValue.number(6, "../../x"))))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("the unit of input 'L' does not parse");
        assertThat(dir.resolve("case.mcdx")).doesNotExist();
    }

    @Test
    void unknownUnitsAndMarkupInUnitsAreRefused() {
        assertThatThrownBy(() -> writeBeam(Map.of("w", InputValue.number(6, "kN/furlong"))))
                .isInstanceOf(CaseWriteException.class).hasMessageContaining("furlong");
        assertThatThrownBy(() -> writeBeam(Map.of("w", InputValue.number(6, "kN</ml:id><x/>"))))
                .isInstanceOf(CaseWriteException.class);
    }

    @Test
    void anAliasThatIsNotADesignatedInputIsNamed() {
        assertThatThrownBy(() -> writeBeam(Map.of("span", InputValue.number(6, "m"))))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("'span' is not a designated input")
                .hasMessageContaining("E, I, L, w");
        assertThatThrownBy(() -> writeBeam(Map.of("M_max", InputValue.number(6, "kN*m"))))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("designated output, not an input");
    }

    @Test
    void aValueOfAnotherKindIsRefused() {
        assertThatThrownBy(() -> writeBeam(Map.of("L", InputValue.text("six metres"))))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("input 'L' is a number in the worksheet, and cannot be given a string");
        assertThatThrownBy(() -> writeBeam(Map.of("L", InputValue.matrix(new double[][] {{1, 2}}, "m"))))
                .isInstanceOf(CaseWriteException.class).hasMessageContaining("cannot be given a matrix");
        assertThatThrownBy(() -> InputValue.number(Double.NaN, "m"))
                .isInstanceOf(CaseWriteException.class).hasMessageContaining("finite");
        assertThatThrownBy(() -> InputValue.matrix(new double[][] {{1, 2}, {3}}, ""))
                .isInstanceOf(CaseWriteException.class).hasMessageContaining("rectangular");
    }

    @Test
    void aTenMegabyteStringIsWrittenAsData() throws Exception {
        String big = randomText(10 * 1024 * 1024) + "\r\n\tend ✓ 𝄞";
        Worksheet read = roundTripString(big);
        Results rerun = CompiledWorksheet.of(read).program().run(Map.of());
        assertThat(rerun.byRegion().values()).anySatisfy(o -> {
            assertThat(o).isInstanceOf(Outcome.Defined.class);
            assertThat(((Outcome.Defined) o).value()).isEqualTo(new Text(big));
        });
    }

    /** Text that does not compress far (so the package reader's zip bomb guard lets it in), full of markup. */
    private static String randomText(int length) {
        String[] pieces = {"<ml:str>", "&amp;", "]]>", "\"", "'", "</ml:define>", "<!--", "a", "b", "7", " ", "ü"};
        SplittableRandom random = new SplittableRandom(11);
        StringBuilder out = new StringBuilder(length + 16);
        while (out.length() < length) {
            out.append(pieces[random.nextInt(pieces.length)]);
        }
        return out.toString();
    }

    @Test
    void charactersXmlCannotHoldAreRefused() {
        assertThatThrownBy(() -> roundTripString("nul \u0000 here"))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("U+0000");
        assertThatThrownBy(() -> roundTripString("lone \uD800 surrogate"))
                .isInstanceOf(CaseWriteException.class)
                .hasMessageContaining("U+D800");
    }

    private Worksheet roundTripString(String text) throws Exception {
        McdxPackage template = McdxPackage.open(stringSheet);
        Worksheet sheet = Worksheet.read(template);
        String alias = sheet.inputs().stream()
                .filter(d -> "string_input_test".equals(sheet.region(d.regionId()).orElseThrow().mathContent()
                        .orElseThrow().definedName()))
                .findFirst().orElseThrow().alias();
        Map<String, InputValue> inputs = Map.of(alias, InputValue.text(text));
        Results results = CompiledWorksheet.of(sheet).program().run(CaseInputs.overrides(sheet, inputs));
        Path target = dir.resolve("strings.mcdx");
        CaseWorksheetWriter.write(template, sheet, inputs, results, target);
        assertThat(Files.size(target)).isPositive();
        return Worksheet.open(target);
    }
}
