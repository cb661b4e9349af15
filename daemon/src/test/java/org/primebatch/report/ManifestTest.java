package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Priority;

class ManifestTest {
    private static final Instant T0 = Instant.parse("2025-01-02T03:04:05Z");
    private static final BatchSpec SPEC = new BatchSpec("beams", "/sheets/beam.mcdx", "auto", "/out", List.of("pdf"),
            "{case}_L{L}", Priority.HIGH, 1, 60, 0.5, 4, Map.of("calculate", 30), Map.of("σ", "MPa"), "skip");
    private static final BatchView BATCH = new BatchView(7, BatchState.FAILED, SPEC,
            new Counts(3, 0, 0, 1, 1, 1, 0), T0, T0.plusSeconds(1), T0.plusSeconds(9), null);
    private static final List<ItemView> ITEMS = List.of(
            new ItemView(7, 1, "short", ItemState.SUCCEEDED, 1,
                    Map.of("L", CaseValue.of(2.5, "m"), "label", CaseValue.of("a")),
                    Map.of("σ", CaseValue.of(1.25, "MPa")),
                    List.of("/out/short_L2.5.pdf"), null, T0.plusSeconds(1), T0.plusSeconds(2)),
            new ItemView(7, 2, null, ItemState.FAILED, 2,
                    Map.of("L", CaseValue.of(3, "m")), Map.of(), List.of(), "unit mismatch", T0.plusSeconds(2), T0.plusSeconds(3)),
            new ItemView(7, 3, "long", ItemState.CANCELLED, 0,
                    Map.of("L", CaseValue.of(4, "m")), null, null, null, null, null));
    private static final ManifestContext CONTEXT = new ManifestContext("ab12", "native", "1.0", "0.1.0", T0.plusSeconds(10));

    @TempDir
    Path dir;

    private Path written() throws IOException {
        Path file = dir.resolve("manifest.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            Manifest.write(BATCH, ITEMS, CONTEXT, out);
        }
        return file;
    }

    @Test
    void recordsTheSpecWorksheetEngineAndEveryCase() throws IOException {
        JsonNode manifest = Json.MAPPER.readTree(written().toFile());

        assertThat(manifest.get("format").asText()).isEqualTo("primebatch-manifest");
        assertThat(manifest.get("primebatch").asText()).isEqualTo("0.1.0");
        assertThat(manifest.get("written").asText()).isEqualTo("2025-01-02T03:04:15Z");
        assertThat(Json.convert(manifest.get("spec"), BatchSpec.class)).isEqualTo(SPEC);
        assertThat(manifest.at("/worksheet/path").asText()).isEqualTo("/sheets/beam.mcdx");
        assertThat(manifest.at("/worksheet/sha256").asText()).isEqualTo("ab12");
        assertThat(manifest.at("/engine/name").asText()).isEqualTo("native");
        assertThat(manifest.at("/engine/version").asText()).isEqualTo("1.0");
        assertThat(manifest.at("/batch/counts/failed").asInt()).isEqualTo(1);
        JsonNode first = manifest.get("cases").get(0);
        assertThat(first.get("seq").asInt()).isEqualTo(1);
        assertThat(first.get("name").asText()).isEqualTo("short");
        assertThat(first.get("state").asText()).isEqualTo("succeeded");
        assertThat(first.get("attempts").asInt()).isEqualTo(1);
        assertThat(first.at("/inputs/L/value").asDouble()).isEqualTo(2.5);
        assertThat(first.at("/inputs/L/unit").asText()).isEqualTo("m");
        assertThat(first.at("/outputs/σ/value").asDouble()).isEqualTo(1.25);
        assertThat(first.at("/artifacts/0").asText()).isEqualTo("/out/short_L2.5.pdf");
        assertThat(first.get("started").asText()).isEqualTo("2025-01-02T03:04:06Z");
        assertThat(first.get("finished").asText()).isEqualTo("2025-01-02T03:04:07Z");
        assertThat(manifest.get("cases").get(1).get("error").asText()).isEqualTo("unit mismatch");
        assertThat(manifest.get("cases")).hasSize(3);
    }

    @Test
    void readsBackTheSpecAndCasesToSubmitAgain() throws IOException {
        RecordedBatch batch = Manifest.read(written());

        assertThat(batch.spec()).isEqualTo(SPEC);
        assertThat(batch.worksheetSha256()).isEqualTo("ab12");
        assertThat(batch.cases()).extracting(RecordedCase::seq, RecordedCase::name, RecordedCase::state).containsExactly(
                tuple(1, "short", ItemState.SUCCEEDED),
                tuple(2, null, ItemState.FAILED),
                tuple(3, "long", ItemState.CANCELLED));
        assertThat(batch.caseInputs()).containsExactly(
                new CaseInput("short", ITEMS.get(0).inputs()),
                new CaseInput("2", ITEMS.get(1).inputs()),
                new CaseInput("long", ITEMS.get(2).inputs()));
        assertThat(batch.caseInputs(Set.of(ItemState.FAILED))).containsExactly(new CaseInput("2", ITEMS.get(1).inputs()));
    }

    @Test
    void sha256IsTheHexDigestOfTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("sheet.mcdx"), "abc");

        assertThat(Manifest.sha256(file)).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void truncatedManifestIsReportedAsInvalid() throws IOException {
        Path file = written();
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> Manifest.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith(file + " is not a valid manifest: ");
    }

    @Test
    void otherFilesAreNotManifests() throws IOException {
        Path results = dir.resolve("results.json");
        Files.writeString(results, "{\"batch\": {\"id\": 7}, \"items\": []}");
        Path binary = dir.resolve("sheet.mcdx");
        Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, (byte) 0xff});
        Path array = Files.writeString(dir.resolve("list.json"), "[1, 2]");
        Path other = Files.writeString(dir.resolve("other.json"), "{\"format\": \"something-else\", \"spec\": {}}");

        assertThatThrownBy(() -> Manifest.read(results)).isInstanceOf(IOException.class)
                .hasMessage(results + " is not a Primebatch manifest: it has no \"format\": \"primebatch-manifest\"");
        assertThatThrownBy(() -> Manifest.read(binary)).isInstanceOf(IOException.class)
                .hasMessageStartingWith(binary + " is not a valid manifest: ");
        assertThatThrownBy(() -> Manifest.read(array)).isInstanceOf(IOException.class)
                .hasMessage(array + " is not a Primebatch manifest: it is not a JSON object");
        assertThatThrownBy(() -> Manifest.read(other)).isInstanceOf(IOException.class)
                .hasMessage(other + " is not a Primebatch manifest: its format is \"something-else\"");
        assertThatThrownBy(() -> Manifest.read(dir.resolve("missing.json"))).isInstanceOf(IOException.class);
    }

    @Test
    void newerFormatAndBadCasesAreNamed() throws IOException {
        Path newer = Files.writeString(dir.resolve("newer.json"),
                "{\"format\": \"primebatch-manifest\", \"formatVersion\": 2, \"spec\": {}}", StandardCharsets.UTF_8);
        Path badState = Files.writeString(dir.resolve("bad.json"),
                "{\"format\": \"primebatch-manifest\", \"formatVersion\": 1, \"spec\": {\"worksheet\": \"a.mcdx\"},"
                        + " \"cases\": [{\"seq\": 1, \"state\": \"exploded\"}]}");

        assertThatThrownBy(() -> Manifest.read(newer)).isInstanceOf(IOException.class)
                .hasMessageContaining("written by a newer Primebatch (manifest format 2");
        assertThatThrownBy(() -> Manifest.read(badState)).isInstanceOf(IOException.class)
                .hasMessage("case 1 of " + badState + " is not a valid case: unknown state \"exploded\"");
    }
}
