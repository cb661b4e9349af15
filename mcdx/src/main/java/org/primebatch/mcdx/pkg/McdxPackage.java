package org.primebatch.mcdx.pkg;

import org.primebatch.mcdx.McdxException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.primebatch.mcdx.xml.SafeXml;
import org.w3c.dom.Document;

/**
 * A Mathcad Prime worksheet package (.mcdx, an OPC zip) held in memory: every entry's bytes, in the original
 * order. Reading treats the input as hostile (see {@link PackageLimits}); a package without
 * {@value #WORKSHEET_PART} is refused. Instances are immutable.
 */
public final class McdxPackage {
    public static final String WORKSHEET_PART = "mathcad/worksheet.xml";

    private final String source;
    private final Map<String, Part> parts;

    private McdxPackage(String source, List<Part> parts) {
        this.source = source;
        Map<String, Part> byName = new LinkedHashMap<>();
        parts.forEach(p -> byName.put(p.name(), p));
        this.parts = Collections.unmodifiableMap(byName);
        if (!this.parts.containsKey(WORKSHEET_PART)) {
            throw new McdxException(source, "not a Mathcad worksheet (the package has no " + WORKSHEET_PART + ")");
        }
    }

    public static McdxPackage open(Path file) {
        return open(file, PackageLimits.DEFAULT);
    }

    public static McdxPackage open(Path file, PackageLimits limits) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new McdxException(source, "is a folder, not a worksheet");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return read(in, source, limits);
        } catch (NoSuchFileException e) {
            throw new McdxException(source, "no such file", e);
        } catch (IOException e) {
            throw new McdxException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a package from bytes; {@code source} names it in error messages. */
    public static McdxPackage read(byte[] content, String source) {
        return read(content, source, PackageLimits.DEFAULT);
    }

    public static McdxPackage read(byte[] content, String source, PackageLimits limits) {
        try {
            return read(new ByteArrayInputStream(content), source, limits);
        } catch (IOException e) {
            throw new McdxException(source, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a package from a stream, which is read to its end but not closed. */
    public static McdxPackage read(InputStream in, String source, PackageLimits limits) throws IOException {
        return new McdxPackage(source, new PackageReader(source, limits).read(in));
    }

    /** What the package was read from, as error messages name it. */
    public String source() {
        return source;
    }

    /** Entry names in their order in the zip, folders (ending with '/') included. */
    public List<String> partNames() {
        return List.copyOf(parts.keySet());
    }

    public boolean has(String part) {
        return parts.containsKey(part);
    }

    /** A copy of a part's bytes. */
    public Optional<byte[]> part(String name) {
        return Optional.ofNullable(parts.get(name)).map(p -> p.content().clone());
    }

    /**
     * This package with the bytes of parts it holds replaced, in memory: a private copy, which {@link #source()}
     * still names as the file it was read from.
     *
     * @throws IllegalArgumentException for a part the package does not hold
     */
    public McdxPackage withParts(Map<String, byte[]> replacedParts) {
        for (String name : replacedParts.keySet()) {
            if (!parts.containsKey(name)) {
                throw new IllegalArgumentException(source + " has no part " + name);
            }
        }
        return new McdxPackage(source, parts.values().stream().map(p -> replacedParts.containsKey(p.name())
                ? p.withContent(replacedParts.get(p.name())) : p).toList());
    }

    /** A part parsed as XML by the hardened parser; the document is the caller's own. */
    public Optional<Document> xml(String name) {
        Part p = parts.get(name);
        return p == null ? Optional.empty() : Optional.of(SafeXml.parse(p.content(), source + " (" + name + ")"));
    }

    /** The part {@value #WORKSHEET_PART} parsed as XML. */
    public Document worksheetXml() {
        return xml(WORKSHEET_PART).orElseThrow();
    }

    /**
     * Writes the package to {@code target} (created or overwritten): the same entries in the same order, each with
     * its bytes unchanged unless {@code replacedParts} gives new ones. Names in {@code replacedParts} that the
     * package does not hold are added at the end, in the map's order.
     */
    public void writeTo(Path target, Map<String, byte[]> replacedParts) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            writeTo(out, replacedParts);
        }
    }

    /** Writes the package as a zip to {@code out}, which is not closed. */
    public void writeTo(OutputStream out, Map<String, byte[]> replacedParts) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        for (Part part : parts.values()) {
            byte[] replacement = replacedParts.get(part.name());
            write(zip, replacement == null ? part : part.withContent(replacement));
        }
        for (Map.Entry<String, byte[]> added : replacedParts.entrySet()) {
            if (!parts.containsKey(added.getKey())) {
                write(zip, new Part(added.getKey(), added.getValue().clone(), false, System.currentTimeMillis()));
            }
        }
        zip.finish();
        zip.flush();
    }

    private static void write(ZipOutputStream zip, Part part) throws IOException {
        ZipEntry entry = new ZipEntry(part.name());
        if (part.lastModified() >= 0) {
            entry.setTime(part.lastModified());
        }
        byte[] content = part.content();
        if (part.stored() || part.isFolder()) {
            CRC32 crc = new CRC32();
            crc.update(content);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(content.length);
            entry.setCompressedSize(content.length);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    @Override
    public String toString() {
        return "McdxPackage[" + source + ", " + parts.size() + " parts]";
    }
}
