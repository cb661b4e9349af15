package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.mcdx.testing.Corpus;

class MathcadInstallationTest {
    @TempDir
    Path dir;

    private record Registry(Set<String> keys, List<String> versions) implements RegistryReader {
        @Override
        public boolean has(String key) {
            return keys.contains(key);
        }

        @Override
        public List<String> subkeys(String key) {
            return key.equals(MathcadInstallation.PTC_KEY) ? versions : List.of();
        }
    }

    private static final Registry INSTALLED = new Registry(Set.of(MathcadInstallation.PROG_ID_KEY), List.of(
            "HKEY_LOCAL_MACHINE\\SOFTWARE\\PTC\\Mathcad Prime\\9.0.0.0", "HKEY_LOCAL_MACHINE\\SOFTWARE\\PTC\\Mathcad Prime\\10.0.0.0"));

    @Test
    void onThisMachineTheEngineIsUnavailableAndSaysWhy() {
        MathcadEngine engine = new MathcadEngine(MathcadConfig.defaults(), StartedProcesses.NONE);

        assertThat(System.getProperty("os.name")).doesNotStartWith("Windows");
        assertThat(engine.availability().available()).isFalse();
        assertThat(engine.availability().reason()).startsWith("Mathcad Prime runs on Windows only; this system is ");
        assertThat(engine.version()).isEqualTo("not installed");
        assertThat(engine.name()).isEqualTo("mathcad");
        assertThat(engine.defaultSlots()).isEqualTo(1);
        assertThat(engine.exportFormats()).containsExactlyInAnyOrder("mcdx", "pdf", "xps", "rtf");
        assertThatThrownBy(() -> engine.open(Corpus.simpleExample())).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).contains("Windows only");
        });
    }

    @Test
    void onWindowsTheNewestInstalledVersionIsReportedComparingNumbersNotText() throws Exception {
        Path dll = Files.writeString(dir.resolve("jacob-1.14.3-x64.dll"), "dll");
        MathcadInstallation installation = MathcadInstallation.probe(new MathcadConfig(dll, false), "Windows 11", INSTALLED);

        assertThat(installation.availability().available()).isTrue();
        assertThat(installation.version()).isEqualTo("10.0.0.0");
    }

    @Test
    void aMissingProgIdMeansMathcadIsNotInstalledOrRegistered() throws Exception {
        Path dll = Files.writeString(dir.resolve("jacob-1.14.3-x64.dll"), "dll");
        MathcadInstallation installation = MathcadInstallation.probe(new MathcadConfig(dll, false), "Windows 10",
                new Registry(Set.of(), List.of()));

        assertThat(installation.availability().reason())
                .isEqualTo("Mathcad Prime is not installed or registered: MathcadPrime.Application is not in the registry");
        assertThat(installation.version()).isEqualTo("not installed");
    }

    @Test
    void aMissingJacobDllIsNamedByTheExactFileExpected() {
        Path dll = dir.resolve("lib").resolve("jacob-1.14.3-x64.dll");
        MathcadInstallation installation = MathcadInstallation.probe(new MathcadConfig(dll, false), "Windows 11", INSTALLED);

        assertThat(installation.availability().available()).isFalse();
        assertThat(installation.availability().reason()).startsWith("the JACOB DLL was not found: expected " + dll)
                .contains("jacob.dll.path");
        assertThat(installation.version()).isEqualTo("10.0.0.0");
    }

    @Test
    void theDefaultDllIsTheX64OneOfTheJacobReleaseOnTheClasspath() {
        assertThat(MathcadConfig.jacobDllName()).isEqualTo("jacob-1.14.3-x64.dll");
        assertThat(MathcadConfig.defaults().jacobDll()).isAbsolute().hasFileName("jacob-1.14.3-x64.dll");
    }
}
