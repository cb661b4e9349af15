package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

class LargeWorkbookTest {
    private static final int ITEMS = 100_000;

    @TempDir
    Path dir;

    @Test
    void hundredThousandRowsAreWrittenInA256MegabyteHeap() throws Exception {
        Path workbook = dir.resolve("results.xlsx");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + dir, "-cp", System.getProperty("java.class.path"),
                LargeWorkbookWriter.class.getName(), workbook.toString(), Integer.toString(ITEMS)));
        Process writer = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("writer.log").toFile()).start();
        assertThat(writer.waitFor(10, TimeUnit.MINUTES)).isTrue();

        assertThat(writer.exitValue()).as("writer exit; log: %s", Files.readString(dir.resolve("writer.log")))
                .isZero();
        assertThat(rowsOfFirstSheet(workbook)).isEqualTo(ITEMS + 1);
        assertThat(leftoverTemporaryFiles()).as("SXSSF temporary files").isEmpty();
    }

    private List<Path> leftoverTemporaryFiles() throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(dir.resolve("results.xlsx")) && !file.equals(dir.resolve("writer.log")))
                    .toList();
        }
    }

    private static int rowsOfFirstSheet(Path workbook) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(workbook.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                int[] rows = {0};
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.newSAXParser().parse(sheet, new DefaultHandler() {
                    @Override
                    public void startElement(String uri, String localName, String qName, Attributes attributes) {
                        if (localName.equals("row")) {
                            rows[0]++;
                        }
                    }
                });
                return rows[0];
            }
        }
    }
}
