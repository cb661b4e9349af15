package org.primebatch.mcdx.pkg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small packages built in memory for tests, hostile ones included. */
public final class TestPackages {
    private TestPackages() {
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A package holding just a worksheet.xml with this text (and a content types part before it). */
    public static byte[] withWorksheet(String worksheetXml) {
        return withParts(Map.of(McdxPackage.WORKSHEET_PART, worksheetXml));
    }

    public static byte[] withParts(Map<String, String> parts) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("[Content_Types].xml", utf8("<?xml version=\"1.0\" encoding=\"utf-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"));
        parts.forEach((name, text) -> entries.put(name, utf8(text)));
        return zip(entries);
    }

    /** Worksheet XML around these regions, with the namespaces Mathcad declares. */
    public static String worksheet(String regions) {
        return "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"http://schemas.mathsoft.com/worksheet50\""
                + " xmlns:ml=\"http://schemas.mathsoft.com/math50\" xmlns:u=\"http://schemas.mathsoft.com/units10\"><regions>"
                + regions + "</regions></worksheet>";
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
