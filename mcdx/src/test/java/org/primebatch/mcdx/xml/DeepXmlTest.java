package org.primebatch.mcdx.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.pkg.TestPackages;
import org.primebatch.mcdx.sheet.Worksheet;

class DeepXmlTest {
    /** A region defining x as -(-(…-(1)…)), the negations nested {@code levels} deep. */
    static String deepRegion(int id, int levels) {
        StringBuilder math = new StringBuilder("<region region-id=\"" + id + "\" top=\"0\" left=\"0\"><math><ml:define>"
                + "<ml:id xml:space=\"preserve\">x</ml:id>");
        math.append("<ml:apply><ml:neg/>".repeat(levels)).append("<ml:real>1</ml:real>")
                .append("</ml:apply>".repeat(levels));
        return math.append("</ml:define></math></region>").toString();
    }

    /** A package whose worksheet.xml is stored, not deflated: nesting this regular compresses past the zip bomb check. */
    static byte[] stored(String worksheetXml) {
        byte[] xml = worksheetXml.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(McdxPackage.WORKSHEET_PART);
            entry.setMethod(ZipEntry.STORED);
            CRC32 crc = new CRC32();
            crc.update(xml);
            entry.setSize(xml.length);
            entry.setCompressedSize(xml.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(xml);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Test
    void aRegionNestedTooDeeplyIsRefusedWithItsNumberAndNoStackOverflow() {
        McdxPackage pkg = McdxPackage.read(stored(TestPackages.worksheet(deepRegion(1, 3) + deepRegion(12, 20_000))),
                "deep.mcdx");

        assertThatThrownBy(() -> Worksheet.read(pkg)).isInstanceOf(McdxException.class)
                .hasMessage("deep.mcdx (mathcad/worksheet.xml): XML nests deeper than 1000 levels");
    }

    @Test
    void theRegionThatNestsTooDeeplyIsNamed() {
        McdxPackage pkg = McdxPackage.read(stored(TestPackages.worksheet(deepRegion(1, 3) + deepRegion(12, 900))),
                "deep.mcdx");

        assertThatThrownBy(() -> Worksheet.read(pkg)).isInstanceOf(McdxException.class)
                .hasMessage("deep.mcdx (mathcad/worksheet.xml): region 12 nests deeper than 200 levels");
    }

    @Test
    void aRegionJustWithinTheLimitIsRead() {
        // region, math, define, then the applies: 3 levels for the first apply, 197 applies + the real = 200
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet(TestPackages.worksheet(
                deepRegion(7, SafeXml.MAX_REGION_DEPTH - 3))), "deep.mcdx");

        assertThat(Worksheet.read(pkg).region(7)).isPresent();
    }

    @Test
    void aRegionOneLevelDeeperIsRefused() {
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet(TestPackages.worksheet(
                deepRegion(7, SafeXml.MAX_REGION_DEPTH - 2))), "deep.mcdx");

        assertThatThrownBy(() -> Worksheet.read(pkg)).isInstanceOf(McdxException.class)
                .hasMessage("deep.mcdx (mathcad/worksheet.xml): region 7 nests deeper than 200 levels");
    }

    @Test
    void anyPartNestedTooDeeplyIsRefusedByTheParser() {
        String xml = "<a>".repeat(100_000) + "</a>".repeat(100_000);

        assertThatThrownBy(() -> SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "part.xml"))
                .isInstanceOf(McdxException.class)
                .hasMessage("part.xml: XML nests deeper than " + SafeXml.MAX_DEPTH + " levels");
    }

    @Test
    void nestingOutsideRegionsIsAllowedUpToTheWholeLimit() {
        String xml = "<a>".repeat(SafeXml.MAX_DEPTH) + "</a>".repeat(SafeXml.MAX_DEPTH);

        assertThat(SafeXml.parse(xml.getBytes(StandardCharsets.UTF_8), "part.xml").getDocumentElement()).isNotNull();
    }
}
