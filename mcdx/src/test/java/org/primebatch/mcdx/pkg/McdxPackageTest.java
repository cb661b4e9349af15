package org.primebatch.mcdx.pkg;

import org.primebatch.mcdx.McdxException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.mcdx.testing.Corpus;

class McdxPackageTest {
    @TempDir
    Path dir;

    @Test
    void readsARealWorksheetWithItsPartsInOrder() {
        McdxPackage pkg = McdxPackage.open(Corpus.simpleExample());

        assertThat(pkg.partNames()).contains(McdxPackage.WORKSHEET_PART, "mathcad/result.xml", "mathcad/integration.xml",
                "[Content_Types].xml", "docProps/core.xml");
        assertThat(pkg.worksheetXml().getDocumentElement().getLocalName()).isEqualTo("worksheet");
        assertThat(pkg.part("mathcad/integration.xml").orElseThrow()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(pkg.xml("mathcad/integration.xml").orElseThrow().getDocumentElement().getLocalName()).isEqualTo("regions");
        assertThat(pkg.part("no/such/part")).isEmpty();
    }

    @Test
    void writingWithoutReplacementsKeepsEveryPartByteForByte() throws IOException {
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            List<Path> sheets = files.filter(p -> p.toString().endsWith(".mcdx")).filter(p -> size(p) < 1_000_000)
                    .filter(p -> opens(p)).sorted().toList();
            assertThat(sheets).hasSizeGreaterThan(50);
            for (Path sheet : sheets) {
                McdxPackage original = McdxPackage.open(sheet);
                Path copy = dir.resolve("copy.mcdx");
                original.writeTo(copy, Map.of());
                McdxPackage again = McdxPackage.open(copy);
                assertThat(again.partNames()).as(sheet.toString()).containsExactlyElementsOf(original.partNames());
                for (String part : original.partNames()) {
                    assertThat(again.part(part).orElseThrow()).as(sheet + " " + part).isEqualTo(original.part(part).orElseThrow());
                }
            }
        }
    }

    @Test
    void writingWithOneReplacedPartChangesOnlyThatPart() throws IOException {
        McdxPackage original = McdxPackage.open(Corpus.simpleExample());
        byte[] results = TestPackages.utf8("<resultsList xmlns=\"http://schemas.mathsoft.com/result10\"/>");
        Path target = dir.resolve("replaced.mcdx");

        original.writeTo(target, Map.of("mathcad/result.xml", results));

        McdxPackage written = McdxPackage.open(target);
        assertThat(written.partNames()).containsExactlyElementsOf(original.partNames());
        for (String part : original.partNames()) {
            if (part.equals("mathcad/result.xml")) {
                assertThat(written.part(part).orElseThrow()).isEqualTo(results);
            } else {
                assertThat(written.part(part).orElseThrow()).as(part).isEqualTo(original.part(part).orElseThrow());
            }
        }
    }

    @Test
    void writingKeepsStoredEntriesAndFolderEntries() throws IOException {
        Path sheet = Corpus.dir().resolve("willowierhail5__MathCAD-Prime-XML-Builder/mcdx__TestOutputUnzip.mcdx");
        McdxPackage original = McdxPackage.open(sheet);
        assertThat(original.partNames()).contains("mathcad/", "_rels/");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        original.writeTo(out, Map.of());

        McdxPackage again = McdxPackage.read(out.toByteArray(), "copy");
        assertThat(again.partNames()).containsExactlyElementsOf(original.partNames());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.mcdx"));

        assertThatThrownBy(() -> McdxPackage.open(empty))
                .isInstanceOf(McdxException.class).hasMessageContaining(empty.toString()).hasMessageContaining("empty file");
    }

    @Test
    void aFileThatIsNotAZipIsRefused() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mcdx"), "these are notes, not a worksheet");

        assertThatThrownBy(() -> McdxPackage.open(text))
                .isInstanceOf(McdxException.class).hasMessageContaining("notes.mcdx").hasMessageContaining("not a zip");
    }

    @Test
    void aMissingFileIsRefused() {
        assertThatThrownBy(() -> McdxPackage.open(dir.resolve("gone.mcdx")))
                .isInstanceOf(McdxException.class).hasMessageContaining("gone.mcdx: no such file");
    }

    @Test
    void aTruncatedZipIsCorrupt() throws IOException {
        byte[] whole = Files.readAllBytes(Corpus.simpleExample());
        byte[] half = Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> McdxPackage.read(half, "half.mcdx"))
                .isInstanceOf(McdxException.class).hasMessageStartingWith("half.mcdx: corrupt zip");
    }

    @Test
    void aZipWithoutWorksheetXmlIsNotAWorksheet() {
        byte[] zip = TestPackages.withParts(Map.of("word/document.xml", "<document/>"));

        assertThatThrownBy(() -> McdxPackage.read(zip, "letter.docx"))
                .isInstanceOf(McdxException.class)
                .hasMessage("letter.docx: not a Mathcad worksheet (the package has no mathcad/worksheet.xml)");
    }

    @Test
    void anEntryThatInflatesFarMoreThanItsCompressedSizeIsAZipBomb() {
        byte[] bomb = zipOfZeros("mathcad/worksheet.xml", 64L << 20);
        assertThat(bomb.length).isLessThan(1 << 20);

        assertThatThrownBy(() -> McdxPackage.read(bomb, "bomb.mcdx"))
                .isInstanceOf(McdxException.class).hasMessageContaining("bomb.mcdx: too large").hasMessageContaining("zip bomb");
    }

    @Test
    void anEntryLargerThanTheLimitIsRefused() {
        PackageLimits small = new PackageLimits(100, 1000, 100_000, 1000, 1L << 20);
        byte[] zip = TestPackages.zip(Map.of(McdxPackage.WORKSHEET_PART, new byte[5000]));

        assertThatThrownBy(() -> McdxPackage.read(zip, "big.mcdx", small))
                .isInstanceOf(McdxException.class).hasMessageContaining("entry mathcad/worksheet.xml inflates past 1000 bytes");
    }

    @Test
    void entriesLargerTogetherThanTheLimitAreRefused() {
        PackageLimits small = new PackageLimits(100, 1000, 2500, 1000, 1L << 20);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("part" + i, new byte[900]);
        }

        assertThatThrownBy(() -> McdxPackage.read(TestPackages.zip(entries), "many.mcdx", small))
                .isInstanceOf(McdxException.class).hasMessageContaining("the entries inflate past 2500 bytes");
    }

    @Test
    void tooManyEntriesAreRefused() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i <= PackageLimits.DEFAULT.maxEntries(); i++) {
            entries.put("e" + i, new byte[0]);
        }

        assertThatThrownBy(() -> McdxPackage.read(TestPackages.zip(entries), "crowd.mcdx"))
                .isInstanceOf(McdxException.class).hasMessage("crowd.mcdx: too many entries (more than 10000)");
    }

    @Test
    void xmlWithADoctypeIsRefusedSoNoEntityIsEverResolved() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\">&xxe;</worksheet>";
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet(xxe), "xxe.mcdx");

        assertThatThrownBy(pkg::worksheetXml)
                .isInstanceOf(McdxException.class).hasMessageContaining("xxe.mcdx (mathcad/worksheet.xml)")
                .hasMessageContaining("DOCTYPE").hasMessageNotContaining("root:");
    }

    @Test
    void aBillionLaughsPayloadIsRefused() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"");
            for (int j = 0; j < 10; j++) {
                laughs.append("&lol").append(i == 1 ? "" : Integer.toString(i - 1)).append(';');
            }
            laughs.append("\">");
        }
        laughs.append("]><worksheet>&lol9;</worksheet>");
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet(laughs.toString()), "lol.mcdx");

        assertThatThrownBy(pkg::worksheetXml).isInstanceOf(McdxException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void garbageXmlIsRefusedWithWhereItBreaks() {
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet("<worksheet><regions></worksheet>"), "garbage.mcdx");

        assertThatThrownBy(pkg::worksheetXml)
                .isInstanceOf(McdxException.class)
                .hasMessageStartingWith("garbage.mcdx (mathcad/worksheet.xml): not well-formed XML at line 1");
    }

    @Test
    void xmlStartingWithAByteOrderMarkParses() {
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet(TestPackages.worksheet("")), "bom.mcdx");

        assertThat(pkg.worksheetXml().getDocumentElement().getNamespaceURI()).isEqualTo("http://schemas.mathsoft.com/worksheet50");
    }

    private static byte[] zipOfZeros(String name, long size) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            byte[] chunk = new byte[1 << 16];
            for (long written = 0; written < size; written += chunk.length) {
                zip.write(chunk);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return bytes.toByteArray();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean opens(Path p) {
        try {
            McdxPackage.open(p);
            return true;
        } catch (McdxException e) {
            return false;
        }
    }
}
