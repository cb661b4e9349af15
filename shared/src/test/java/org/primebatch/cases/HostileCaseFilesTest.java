package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.cases.TestWorkbook.Format;

/** Files that are broken or built to harm are refused with a problem report, never read. */
class HostileCaseFilesTest {
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String SHEET_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String SHEET_END = "</sheetData></worksheet>";

    @TempDir
    Path dir;

    private Path workbook() throws IOException {
        return new TestWorkbook().row("a").row(1).write(dir, "real", Format.XLSX);
    }

    private static String onlyProblem(Path file) {
        CaseFileException e = catchThrowableOfType(CaseFileException.class, () -> CaseTables.read(file, null));
        assertThat(e).as("a CaseFileException").isNotNull();
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).row()).isZero();
        return e.problems().get(0).message();
    }

    @Test
    void refusesAZipBombSheet() throws IOException {
        Path bomb = dir.resolve("bomb.xlsx");
        replaceEntry(workbook(), bomb, SHEET, out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                out.write(spaces);
            }
            out.write(SHEET_END.getBytes(StandardCharsets.US_ASCII));
        });
        assertThat(Files.size(bomb)).isLessThan(2 * 1024 * 1024);

        assertThat(onlyProblem(bomb)).startsWith("refused: a part of the workbook expands to far more than");
    }

    @Test
    void refusesExternalEntitiesInSheetXml() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "top secret");
        Path xxe = dir.resolve("xxe.xlsx");
        replaceEntry(workbook(), xxe, SHEET, out -> out.write(("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>"
                + SHEET_START.substring(SHEET_START.indexOf("<worksheet"))
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"
                + SHEET_END).getBytes(StandardCharsets.UTF_8)));

        String message = onlyProblem(xxe);

        assertThat(message).startsWith("not a readable XLSX workbook:").contains("DOCTYPE").doesNotContain("top secret");
    }

    @Test
    void refusesACorruptZip() throws IOException {
        byte[] whole = Files.readAllBytes(workbook());
        Path truncated = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(onlyProblem(truncated)).startsWith("not a readable XLSX workbook:");
    }

    @Test
    void refusesAZipThatIsNoWorkbook() throws IOException {
        Path zip = dir.resolve("photos.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes(StandardCharsets.US_ASCII));
        }

        assertThat(onlyProblem(zip)).startsWith("not a readable XLSX workbook:");
    }

    @Test
    void refusesTextNamedLikeAWorkbook() throws IOException {
        Path text = Files.writeString(dir.resolve("cases.xls"), "a,b\n1,2\n");

        assertThat(onlyProblem(text)).isEqualTo("not an Excel workbook (neither XLSX nor XLS)");
    }

    @Test
    void refusesAnEmptyWorkbookFile() throws IOException {
        Path empty = Files.write(dir.resolve("empty.xlsx"), new byte[0]);

        assertThat(onlyProblem(empty)).isEqualTo("the file is empty, not an Excel workbook");
    }

    @Test
    void refusesACorruptXls() throws IOException {
        byte[] whole = Files.readAllBytes(new TestWorkbook().row("a").row(1).write(dir, "real", Format.XLS));
        Path truncated = Files.write(dir.resolve("truncated.xls"), Arrays.copyOf(whole, 1024));

        assertThat(onlyProblem(truncated)).startsWith("not a readable XLS workbook:");
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Copies a zip, giving one entry new content. */
    private static void replaceEntry(Path source, Path target, String name, Content content) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile()); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (Enumeration<? extends ZipEntry> entries = in.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    content.writeTo(out);
                } else {
                    try (InputStream data = in.getInputStream(entry)) {
                        data.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
    }
}
