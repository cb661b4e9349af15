package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.IoValue;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;

/**
 * Definitions designated by name on the Mathcad engine: the working copy Prime opens designates them in its
 * integration.xml, which the fake reads on its own and only in the shape Mathcad writes.
 */
class MathcadDesignationTest {
    private static final Path COHESION = Corpus.dir().resolve("ChristianCruger__mcad2py/references__plain_concrete_cohesion.mcdx");

    @TempDir
    Path dir;

    private final FakePrime prime = new FakePrime();
    private final MathcadEngine engine = FakeEngines.on(prime, new RecordedProcesses());

    @AfterEach
    void stopPrime() {
        prime.shutdown();
    }

    @Test
    void theFakeReadsTheDesignationsOfEveryCorpusWorksheetAsMathcadWroteThem() throws IOException {
        int designating = 0;
        try (Stream<Path> walk = Files.walk(Corpus.dir())) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList()) {
                if (part(file, FakeIntegration.PART) == null) {
                    continue;
                }
                FakeIntegration.Designations read = FakeIntegration.read(file);
                designating += read.inputs().isEmpty() && read.outputs().isEmpty() ? 0 : 1;
            }
        }
        assertThat(designating).isGreaterThanOrEqualTo(13);
        assertThat(FakeIntegration.read(Corpus.dir().resolve("JIMMY-KSU__MathcadPy/Test__test.mcdx")))
                .isEqualTo(new FakeIntegration.Designations(List.of("in_test", "test_matrix", "var1", "var2"), List.of("out_999")));
    }

    @Test
    void theFakeRefusesDesignationsInAnotherShapeOrOnRegionsMathcadCannotDesignate() throws IOException {
        String head = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><regions xmlns=\"" + FakeIntegration.NAMESPACE + "\">";
        String input = "<region region-id=\"3\" ioTagType=\"Input\"><inputAliases><alias>x</alias></inputAliases></region>";
        assertThatThrownBy(() -> FakeIntegration.read(withIntegration("pretty", head + "\n  " + input + "\n</regions>")))
                .hasMessageContaining("expected <region>");
        assertThatThrownBy(() -> FakeIntegration.read(withIntegration("no-bom", head.substring(1) + input + "</regions>")))
                .hasMessageContaining("does not start as Mathcad writes it");
        assertThatThrownBy(() -> FakeIntegration.read(withIntegration("order", head
                + "<region region-id=\"9\" ioTagType=\"Output\"><outputAliases><alias>c_eff</alias></outputAliases></region>"
                + input + "</regions>"))).hasMessageContaining("Mathcad writes them in id order");
        assertThatThrownBy(() -> FakeIntegration.read(withIntegration("wrong-list", head
                + "<region region-id=\"3\" ioTagType=\"Input\"><outputAliases><alias>x</alias></outputAliases></region></regions>")))
                .hasMessageContaining("expected <inputAliases>");
        // region 1 defines β := 120 deg and shows nothing: no output
        assertThatThrownBy(() -> FakeIntegration.read(withIntegration("not-shown", head
                + "<region region-id=\"1\" ioTagType=\"Output\"><outputAliases><alias>b</alias></outputAliases></region></regions>")))
                .hasMessageContaining("shows no result with =");
        // region 4 is the evaluation μ := tan(ϕ) =: no input
        assertThat(FakeIntegration.read(withIntegration("input-on-evaluated-definition", head
                + "<region region-id=\"4\" ioTagType=\"Input\"><inputAliases><alias>mu</alias></inputAliases></region></regions>")).inputs())
                .containsExactly("mu");
    }

    @Test
    void primeOpensACopyThatDesignatesTheNamesAndTheUsersFileStaysAsItWas() throws Exception {
        byte[] before = Files.readAllBytes(COHESION);
        DesignationNames names = DesignationNames.of(List.of("f_cd", "ϕ"), List.of("c_eff"));

        try (EngineSession session = engine.open(COHESION, FakeEngines.timeouts(30).designating(names))) {
            Path opened = prime.openedPaths.get(0);
            assertThat(opened).isNotEqualTo(COHESION);
            assertThat(FakeIntegration.read(opened)).isEqualTo(new FakeIntegration.Designations(List.of("f_cd", "ϕ"), List.of("c_eff")));

            session.setInputs(Map.of("f_cd", CaseValue.of(30, "MPa"), "ϕ", CaseValue.of(30, "deg")));
            session.calculate();
            // c_eff = 2/√30 · f_cd / (2 √k), k = (1 + sin ϕ) / (1 − sin ϕ) = 3 for ϕ = 30°: √10 MPa
            CaseValue cEff = session.outputs().get("c_eff");
            assertThat(cEff.value().asDouble()).isCloseTo(Math.sqrt(10), within(1e-12));
            assertThat(cEff.unit()).isEqualTo("MPa");

            session.setInputs(Map.of());
            session.calculate();
            assertThat(session.outputs().get("c_eff").value().asDouble()).as("the worksheet's own values again")
                    .isCloseTo(1.8205626232537591, within(1e-12));
            session.export("mcdx", dir.resolve("case.mcdx"), "case");
            assertThat(FakeIntegration.read(dir.resolve("case.mcdx")).inputs()).containsExactly("f_cd", "ϕ");
        }
        assertThat(Files.readAllBytes(COHESION)).isEqualTo(before);
        assertThat(prime.openedPaths.get(0)).as("the working copy goes with the session").doesNotExist();
    }

    @Test
    void theBeamsSectionModulusAndYieldStrengthBecomeInputsByName() throws Exception {
        DesignationNames names = DesignationNames.of(List.of("W_el", "f_y"), List.of());
        Engine.Admission admission = engine.admit(Examples.beamWorksheet(), names);
        assertThat(admission.accepted()).isTrue();
        assertThat(admission.inputs()).containsExactlyInAnyOrder("L", "w", "E", "I", "W_el", "f_y");
        assertThat(engine.inspect(Examples.beamWorksheet(), names).inputs()).extracting(IoValue::alias)
                .containsExactly("L", "w", "E", "I", "W_el", "f_y");

        try (EngineSession session = engine.open(Examples.beamWorksheet(), FakeEngines.timeouts(30).designating(names))) {
            session.setInputs(Map.of("W_el", CaseValue.of(600, "cm^3"), "f_y", CaseValue.of(235, null)));
            session.calculate();
            double sigma = 12e3 * 6 * 6 / 8 / 600e-6;
            double delta = 5 * 12e3 * Math.pow(6, 4) / (384 * 210e9 * 8356e-8);
            assertThat(session.outputs().get("sigma").value().asDouble()).isCloseTo(sigma / 1e6, within(1e-9));
            assertThat(session.outputs().get("utilisation").value().asDouble())
                    .as("235 without a unit is taken in the MPa the worksheet gives f_y")
                    .isCloseTo(Math.max(sigma / 235e6, delta / (6 / 250.0)), within(1e-12));
        }
        assertThat(prime.calls).contains("SetRealValue");
    }

    @Test
    void aNameTheWorksheetDoesNotDefineIsRefusedBeforePrimeIsStarted() {
        DesignationNames unknown = DesignationNames.of(List.of("phi"), List.of());
        assertThat(engine.admit(COHESION, unknown).refusals()).singleElement().asString()
                .contains("unknown variable phi").contains("did you mean ϕ?");
        assertThatThrownBy(() -> engine.open(COHESION, FakeEngines.timeouts(30).designating(unknown)))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.retryable()).isFalse())
                .hasMessageContaining("unknown variable phi");
        assertThat(prime.openedPaths).isEmpty();
        assertThat(prime.mathcadProcess()).as("no Prime was started").isNull();
        assertThat(prime.calls).doesNotContain("GetVersion");
    }

    /** The cohesion worksheet with another integration.xml. */
    private Path withIntegration(String name, String integration) throws IOException {
        Path target = dir.resolve(name + ".mcdx");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(COHESION); ZipInputStream source = new ZipInputStream(in);
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (ZipEntry entry; (entry = source.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals(FakeIntegration.PART) ? integration.getBytes(StandardCharsets.UTF_8) : source.readAllBytes());
                zip.closeEntry();
            }
        }
        return Files.write(target, bytes.toByteArray());
    }

    private static byte[] part(Path mcdx, String name) throws IOException {
        try (InputStream in = Files.newInputStream(mcdx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals(name)) {
                    return zip.readAllBytes();
                }
            }
        }
        return null;
    }
}
