package org.primebatch.mcdx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static org.primebatch.mcdx.testing.MathSnippets.apply;
import static org.primebatch.mcdx.testing.MathSnippets.define;
import static org.primebatch.mcdx.testing.MathSnippets.eval;
import static org.primebatch.mcdx.testing.MathSnippets.function;
import static org.primebatch.mcdx.testing.MathSnippets.id;
import static org.primebatch.mcdx.testing.MathSnippets.real;
import static org.primebatch.mcdx.testing.MathSnippets.unit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DefinedName;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.IoValue;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.pkg.TestPackages;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;

/** Inputs and outputs designated by variable name: which region a name means, and the native engine running them. */
class DesignationByNameTest {
    /** A real template that designates nothing, with a literal subscript (f_cd), Greek names and a redefinition (p). */
    private static final Path COHESION = Corpus.dir().resolve("ChristianCruger__mcad2py/references__plain_concrete_cohesion.mcdx");

    @TempDir
    Path dir;

    private final NativeEngine engine = new NativeEngine(1);

    @Test
    void aNameDesignatesItsFirstDefinitionAsAnInputAndTheLastRegionShowingItAsAnOutput() {
        WorksheetInfo info = McdxWorksheet.open(COHESION)
                .designating(DesignationNames.of(List.of("f_cd", "ϕ"), List.of("c_eff", "p"))).inspect();

        assertThat(info.inputs()).extracting(IoValue::alias, IoValue::region).containsExactly(
                tuple("f_cd", 0), tuple("ϕ", 3));
        assertThat(info.inputs().get(1).value().asDouble()).isEqualTo(37);
        assertThat(info.inputs().get(1).unit()).isEqualTo("deg");
        assertThat(info.inputs().get(0).value().asDouble()).as("f_cd := 30 MPa / 1.5 = shows its result").isEqualTo(20);
        assertThat(info.inputs().get(0).unit()).isEqualTo("MPa");
        // p is defined in region 11 and again in region 13: its value at the end is region 13's
        assertThat(info.outputs()).extracting(IoValue::alias, IoValue::region).containsExactly(
                tuple("c_eff", 9), tuple("p", 13));
        assertThat(info.outputs().get(0).value().asDouble()).isEqualTo(1.8205626232537591);
    }

    @Test
    void theUsersFileIsNeverChanged() throws Exception {
        byte[] before = Files.readAllBytes(COHESION);
        McdxWorksheet designated = McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of("f_cd"), List.of("c_eff")));
        Path copy = dir.resolve("copy.mcdx");
        designated.write(copy);

        assertThat(Files.readAllBytes(COHESION)).isEqualTo(before);
        assertThat(McdxWorksheet.open(COHESION).inspect().inputs()).isEmpty();
        WorksheetInfo written = McdxWorksheet.open(copy).inspect();
        assertThat(written.inputs()).extracting(IoValue::alias).containsExactly("f_cd");
        assertThat(written.outputs()).extracting(IoValue::alias).containsExactly("c_eff");
        McdxPackage original = McdxPackage.open(COHESION);
        McdxPackage rewritten = McdxPackage.open(copy);
        assertThat(rewritten.partNames()).isEqualTo(original.partNames());
        for (String part : original.partNames()) {
            if (!part.equals("mathcad/integration.xml")) {
                assertThat(rewritten.part(part).orElseThrow()).as(part).isEqualTo(original.part(part).orElseThrow());
            }
        }
    }

    @Test
    void namesTheWorksheetDoesNotAllowAreRefusedEachWithItsReason() throws Exception {
        assertThatThrownBy(() -> McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of("phi", "f_cd"), List.of())))
                .isInstanceOf(DesignationException.class)
                .hasMessageContaining("unknown variable phi").hasMessageContaining("did you mean ϕ?");
        assertThatThrownBy(() -> McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of("W_Q", "zz"), List.of())))
                .hasMessageContaining("unknown variables W_Q, zz");
        assertThatThrownBy(() -> McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of("β"), List.of("β"))))
                .hasMessageContaining("'β' is named both as an input and as an output");
        assertThatThrownBy(() -> McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of(), List.of("β"))))
                .hasMessageContaining("output 'β' cannot be designated: the worksheet never shows β with '='");
        assertThatThrownBy(() -> McdxWorksheet.open(COHESION).designating(DesignationNames.of(List.of("1x"), List.of())))
                .hasMessageContaining("input '1x' is not a variable name");

        Path beam = Examples.beamWorksheet();
        assertThatThrownBy(() -> McdxWorksheet.open(beam).designating(DesignationNames.of(List.of(), List.of("δ_max"))))
                .hasMessageContaining("region 13 is designated already, as the output 'delta_max'; name 'delta_max' instead");
        assertThatThrownBy(() -> McdxWorksheet.open(beam).designating(DesignationNames.of(List.of("M_max"), List.of())))
                .hasMessageContaining("the worksheet designates 'M_max' as an output; it cannot also be an input");
        assertThat(McdxWorksheet.open(beam).designating(DesignationNames.of(List.of("L"), List.of("M_max"))).inspect())
                .as("names the worksheet designates already are taken as they are")
                .isEqualTo(McdxWorksheet.open(beam).inspect());
    }

    @Test
    void mathcadsRulesDecideWhatANameMayDesignate() throws Exception {
        Path sheet = Files.write(dir.resolve("rules.mcdx"), TestPackages.withParts(Map.of(
                McdxPackage.WORKSHEET_PART, TestPackages.worksheet(
                        region(1, 0, define("k", real(2)))
                        + region(2, 20, define("k", apply("mult", id("k"), real(3))))
                        + region(3, 40, eval(id("k")))
                        + region(4, 60, function("f", id("t"), "t"))
                        + region(5, 80, define("W", real(1)))
                        + region(6, 100, "<ml:define>" + id("W", "P") + apply("scale", real(5), unit("kN")) + "</ml:define>")
                        + "<region region-id=\"7\" top=\"120\" left=\"0\"><text><regions>"
                        + region(8, 0, define("z", real(1))) + "</regions></text></region>"
                        + region(9, 140, define("ORIGIN", real(1)))),
                "mathcad/integration.xml", "<regions xmlns=\"http://schemas.ptc.com/integration10\" />")));
        McdxWorksheet worksheet = McdxWorksheet.open(sheet);

        WorksheetInfo inputs = worksheet.designating(DesignationNames.of(List.of("k", "W_P"), List.of())).inspect();
        assertThat(inputs.inputs()).as("k is defined in regions 1 and 2: a case sets the first")
                .extracting(IoValue::alias, IoValue::region).containsExactly(tuple("k", 1), tuple("W_P", 6));
        WorksheetInfo outputs = worksheet.designating(DesignationNames.of(List.of(), List.of("k"))).inspect();
        assertThat(outputs.outputs()).extracting(IoValue::alias, IoValue::region).containsExactly(tuple("k", 3));

        assertThatThrownBy(() -> worksheet.designating(DesignationNames.of(List.of("f"), List.of())))
                .hasMessageContaining("input 'f' cannot be designated: it is a function, not a variable");
        assertThatThrownBy(() -> worksheet.designating(DesignationNames.of(List.of("z"), List.of())))
                .hasMessageContaining("input 'z' cannot be designated: its first definition, region 8, is inside a text region");
        assertThatThrownBy(() -> worksheet.designating(DesignationNames.of(List.of("ORIGIN"), List.of())))
                .hasMessageContaining("ORIGIN is a calculation setting, not an input");

        List<DefinedName> all = worksheet.inspectAll().definitions();
        assertThat(all).extracting(DefinedName::name).containsExactly("k", "W", "W_P");
        DefinedName k = all.get(0);
        assertThat(k.inputRegion()).isEqualTo(1);
        assertThat(k.outputRegion()).isEqualTo(3);
        assertThat(k.value().asDouble()).isEqualTo(2);
        DefinedName wp = all.get(2);
        assertThat(wp.outputRegion()).isNull();
        assertThat(wp.value().asDouble()).isEqualTo(5);
        assertThat(wp.unit()).isEqualTo("kN");
    }

    @Test
    void theNativeEngineSetsAndReadsDefinitionsDesignatedByName() throws Exception {
        // the beam designates L, w, E, I and its outputs, but not its section modulus W_el nor its yield strength f_y
        DesignationNames names = DesignationNames.of(List.of("W_el", "f_y"), List.of());
        Engine.Admission admission = engine.admit(Examples.beamWorksheet(), names);
        assertThat(admission.accepted()).as("refusals: %s", admission.refusals()).isTrue();
        assertThat(admission.inputs()).containsExactlyInAnyOrder("L", "w", "E", "I", "W_el", "f_y");

        try (EngineSession session = engine.open(Examples.beamWorksheet(), SessionOptions.DEFAULTS.designating(names))) {
            session.setInputs(Map.of("W_el", CaseValue.of(600, "cm^3"), "f_y", CaseValue.of(235, "MPa")));
            session.calculate();
            Map<String, CaseValue> out = session.outputs();

            double mMax = 12e3 * 6 * 6 / 8;
            double sigma = mMax / 600e-6;
            double delta = 5 * 12e3 * Math.pow(6, 4) / (384 * 210e9 * 8356e-8);
            assertThat(out.get("sigma").value().asDouble()).isCloseTo(sigma / 1e6, within(1e-9));
            assertThat(out.get("utilisation").value().asDouble()).isCloseTo(Math.max(sigma / 235e6, delta / (6 / 250.0)), within(1e-12));

            Path written = dir.resolve("case.mcdx");
            session.export(NativeEngine.MCDX, written, "case");
            WorksheetInfo copy = McdxWorksheet.open(written).inspect();
            assertThat(copy.inputs()).extracting(IoValue::alias).containsExactly("L", "w", "E", "I", "W_el", "f_y");
            assertThat(copy.inputs().get(5).value().asDouble()).isEqualTo(235);
            assertThat(McdxWorksheet.open(written).check().runsNatively()).isTrue();
        }
        assertThat(McdxWorksheet.open(Examples.beamWorksheet()).inspect().inputs()).hasSize(4);
    }

    @Test
    void aTemplateWithoutOutputsRunsNativelyAndGivesItsReports() throws Exception {
        assertThat(McdxWorksheet.open(COHESION).check().runsNatively())
                .as("every value it shows is reproduced, so its reports can be trusted").isTrue();
        DesignationNames names = DesignationNames.of(List.of("f_cd", "ϕ"), List.of());
        assertThat(engine.admit(COHESION, names).refusals()).isEmpty();

        try (EngineSession session = engine.open(COHESION, SessionOptions.DEFAULTS.designating(names))) {
            session.setInputs(Map.of("f_cd", CaseValue.of(30, "MPa"), "ϕ", CaseValue.of(30, "deg")));
            session.calculate();
            assertThat(session.outputs()).isEmpty();
            Path pdf = dir.resolve("c30.pdf");
            Path mcdx = dir.resolve("c30.mcdx");
            session.export(NativeEngine.PDF, pdf, "c30");
            session.export(NativeEngine.MCDX, mcdx, "c30");
            assertThat(Files.readAllBytes(pdf)).startsWith("%PDF".getBytes());

            // c_eff = 2/√30 · f_cd / (2 √k), k = (1 + sin ϕ) / (1 − sin ϕ) = 3 for ϕ = 30°: √10 MPa
            McdxWorksheet written = McdxWorksheet.open(mcdx).designating(DesignationNames.of(List.of(), List.of("c_eff")));
            assertThat(written.inspect().inputs()).extracting(IoValue::alias).containsExactly("f_cd", "ϕ");
            assertThat(written.inspect().outputs().get(0).value().asDouble()).isCloseTo(Math.sqrt(10), within(1e-12));
            assertThat(written.check().runsNatively()).isTrue();
        }
    }

    @Test
    void aTemplateWithoutOutputsWhoseValuesAreNotAllReproducedIsRefusedWithTheRegions() {
        Path solver = Corpus.dir().resolve("ChristianCruger__mcad2py/references__3d_plots.mcdx");
        assertThat(McdxWorksheet.open(solver).check().reasons())
                .anyMatch(r -> r.startsWith("the worksheet designates no outputs, so a batch gives its reports alone")
                        && r.contains("region "));
    }

    @Test
    void anInputTheWorksheetDesignatesOnARedefinitionIsRefusedForTheNativeEngineReplacesTheFirst() throws Exception {
        Path sheet = Files.write(dir.resolve("redefined.mcdx"), TestPackages.withParts(Map.of(
                McdxPackage.WORKSHEET_PART, TestPackages.worksheet(
                        region(1, 0, define("k", real(2)))
                        + region(2, 20, define("k", real(3)))
                        + region(3, 40, eval(id("k")))),
                "mathcad/integration.xml", "<regions xmlns=\"http://schemas.ptc.com/integration10\"><region region-id=\"2\""
                        + " ioTagType=\"Input\"><inputAliases><alias>k</alias></inputAliases></region></regions>")));

        assertThat(McdxWorksheet.open(sheet).check().reasons())
                .contains("input k (region 2) is not the first definition of k the worksheet calculates, which is the one the"
                        + " native engine replaces (region 1)");
    }

    private static String region(int id, int top, String math) {
        return "<region region-id=\"" + id + "\" top=\"" + top + "\" left=\"0\"><math>" + math + "</math></region>";
    }
}
