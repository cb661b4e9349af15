package org.primebatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArtifactNamesTest {
    private static final Path OUT = Path.of("/data/out");

    private static String name(String template, String caseName) {
        return fileName(ArtifactNames.of(template), Map.of("case", caseName));
    }

    private static String fileName(ArtifactNames names, Map<String, String> values) {
        Path path = names.resolve(OUT, values, "pdf");
        assertThat(path.getParent()).isEqualTo(OUT);
        return path.getFileName().toString();
    }

    @Test
    void fillsPlaceholders() {
        ArtifactNames names = ArtifactNames.of("{worksheet}-{batch}-{seq}-{case} L={L}");
        Map<String, String> values = Map.of("worksheet", "beam", "batch", "7", "seq", "3", "case", "short", "L", "2.5");

        assertThat(names.resolve(OUT, values, "pdf")).isEqualTo(OUT.resolve("beam-7-3-short L=2.5.pdf"));
    }

    @Test
    void missingValuesRenderEmpty() {
        ArtifactNames names = ArtifactNames.of("{case}_{L}");

        assertThat(fileName(names, Map.of("case", "a"))).isEqualTo("a_.pdf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../etc/passwd | _.._etc_passwd.pdf",
            "..               | case.pdf",
            "C:\\x            | C__x.pdf",
            "/abs             | _abs.pdf",
            "a<b>c:d\"e?g*h   | a_b_c_d_e_g_h.pdf",
            "CON              | CON_.pdf",
            "con              | con_.pdf",
            "nul.tar          | nul_.tar.pdf",
            "Com1             | Com1_.pdf",
            "LPT9 .x          | LPT9 _.x.pdf",
            "CONSOLE          | CONSOLE.pdf",
            "' .hidden. '     | hidden.pdf",
            "Träger σ 東京     | Träger σ 東京.pdf",
    })
    void makesSafeFileNames(String caseName, String expected) {
        assertThat(name("{case}", caseName)).isEqualTo(expected);
    }

    @Test
    void replacesControlCharactersAndSeparators() {
        assertThat(name("{case}", "a\tb\nc\u0000d/e\\f|g\u007Fh")).isEqualTo("a_b_c_d_e_f_g_h.pdf");
    }

    @Test
    void aCaseAskingAgainGetsItsOwnNameBackWhileOthersWithTheSameNameGetACounter() {
        ArtifactNames names = ArtifactNames.of("{case}");
        Path out = Path.of("/out");
        Map<String, String> same = Map.of("case", "beam");
        assertThat(names.resolve(out, same, "pdf", 1)).isEqualTo(out.resolve("beam.pdf"));
        assertThat(names.resolve(out, same, "pdf", 2)).isEqualTo(out.resolve("beam_2.pdf"));
        assertThat(names.resolve(out, same, "pdf", 1)).as("a retry of case 1").isEqualTo(out.resolve("beam.pdf"));
        assertThat(names.resolve(out, same, "mcdx", 1)).isEqualTo(out.resolve("beam.mcdx"));
        assertThat(names.resolve(out, same, "pdf", 3)).isEqualTo(out.resolve("beam_3.pdf"));
    }

    @Test
    void emptyNameBecomesCase() {
        assertThat(name("{case}", "")).isEqualTo("case.pdf");
        assertThat(name("{case}", " . ")).isEqualTo("case.pdf");
        assertThat(fileName(ArtifactNames.of("{L}"), Map.of())).isEqualTo("case.pdf");
    }

    @Test
    void capsLengthWithoutSplittingCharacters() {
        String longName = name("{case}", "x".repeat(500));
        assertThat(longName).hasSize(ArtifactNames.MAX_LENGTH).endsWith(".pdf");

        String emoji = name("{case}", "😀".repeat(200));
        assertThat(emoji.length()).isLessThanOrEqualTo(ArtifactNames.MAX_LENGTH);
        assertThat(emoji).matches("(😀)+\\.pdf");
    }

    @Test
    void numbersCollisionsIgnoringCase() {
        ArtifactNames names = ArtifactNames.of("{case}");

        assertThat(names.resolve(OUT, Map.of("case", "A"), "pdf").getFileName()).hasToString("A.pdf");
        assertThat(names.resolve(OUT, Map.of("case", "a"), "pdf").getFileName()).hasToString("a_2.pdf");
        assertThat(names.resolve(OUT, Map.of("case", "A"), ".pdf").getFileName()).hasToString("A_3.pdf");
        assertThat(names.resolve(OUT, Map.of("case", "A"), "mcdx").getFileName()).hasToString("A.mcdx");
        assertThat(names.resolve(OUT, Map.of("case", "A_2"), "mcdx").getFileName()).hasToString("A_2.mcdx");
    }

    @Test
    void collisionsOfLongNamesStayWithinTheCap() {
        ArtifactNames names = ArtifactNames.of("{case}");
        Map<String, String> values = Map.of("case", "y".repeat(300));

        String first = names.resolve(OUT, values, "pdf").getFileName().toString();
        String second = names.resolve(OUT, values, "pdf").getFileName().toString();

        assertThat(first).hasSize(ArtifactNames.MAX_LENGTH);
        assertThat(second).hasSize(ArtifactNames.MAX_LENGTH).endsWith("_2.pdf");
    }

    @Test
    void handsOutEachNameOnceAcrossThreads() throws Exception {
        ArtifactNames names = ArtifactNames.of("same");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                futures.add(pool.submit(() -> names.resolve(OUT, Map.of(), "pdf")));
            }
            List<Path> paths = Collections.synchronizedList(new ArrayList<>());
            for (Future<Path> future : futures) {
                paths.add(future.get());
            }
            assertThat(paths).doesNotHaveDuplicates().hasSize(200);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void rejectsUnknownPlaceholders() {
        assertThatThrownBy(() -> ArtifactNames.of("{case}_{no such}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown placeholder {no such}");
        assertThatThrownBy(() -> ArtifactNames.of("{}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown placeholder {}");
        assertThatThrownBy(() -> ArtifactNames.of("{case}_{L}", List.of("F")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown placeholder {L}");
        assertThat(ArtifactNames.of("{case}_{L}", List.of("L"))).isNotNull();
    }

    @Test
    void rejectsUnbalancedBraces() {
        assertThatThrownBy(() -> ArtifactNames.of("{case"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unclosed {");
        assertThatThrownBy(() -> ArtifactNames.of("case}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced }");
        assertThatThrownBy(() -> ArtifactNames.of("{{case}}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unbalanced {");
        assertThatThrownBy(() -> ArtifactNames.of(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty name template");
    }

    @Test
    void rejectsOddExtensions() {
        ArtifactNames names = ArtifactNames.of("{case}");
        assertThatThrownBy(() -> names.resolve(OUT, new HashMap<>(), "../pdf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a file extension");
    }
}
