package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputZipTest {
    @TempDir
    Path dir;

    @Test
    void storesEveryRegularFileBelowTheFolderByRelativeName() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("results.csv"), "case\r\n");
        Files.writeString(Files.createDirectories(out.resolve("pdf/sub")).resolve("case 1.pdf"), "%PDF");
        Files.createDirectories(out.resolve("empty"));
        Path outside = Files.writeString(dir.resolve("secret.txt"), "not mine");
        Files.createSymbolicLink(out.resolve("link.txt"), outside);
        Files.createSymbolicLink(out.resolve("linked-folder"), dir);
        Path zip = out.resolve("batch.zip");

        int stored = OutputZip.write(out, zip);

        assertThat(stored).isEqualTo(2);
        assertThat(entries(zip)).containsExactly(
                Map.entry("pdf/sub/case 1.pdf", "%PDF"),
                Map.entry("results.csv", "case\r\n"));
        assertThat(out.resolve("batch.zip.part")).doesNotExist();
    }

    @Test
    void rewritingLeavesTheOldZipOut() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("a.txt"), "a");
        Path zip = out.resolve("batch.zip");
        OutputZip.write(out, zip);

        OutputZip.write(out, zip);

        assertThat(entries(zip)).containsOnlyKeys("a.txt");
    }

    @Test
    void missingFolderIsAnError() {
        assertThatThrownBy(() -> OutputZip.write(dir.resolve("none"), dir.resolve("none.zip")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a folder");
    }

    private static Map<String, String> entries(Path zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                entries.put(entry.getName(), new String(entriesIn.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
