package org.primebatch.mcdx.pkg;

import org.primebatch.mcdx.McdxException;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/** Reads the entries of an untrusted zip stream into memory, within {@link PackageLimits}. */
final class PackageReader {
    private static final int CHUNK = 64 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};

    private final String source;
    private final PackageLimits limits;

    PackageReader(String source, PackageLimits limits) {
        this.source = source;
        this.limits = limits;
    }

    List<Part> read(InputStream input) throws IOException {
        CountingInputStream raw = new CountingInputStream(input);
        PushbackInputStream head = new PushbackInputStream(raw, ZIP_MAGIC.length);
        checkMagic(head);
        List<Part> parts = new ArrayList<>();
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(head)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (parts.size() == limits.maxEntries()) {
                    throw new McdxException(source, "too many entries (more than " + limits.maxEntries() + ")");
                }
                String name = entry.getName();
                if (!names.add(name)) {
                    throw new McdxException(source, "corrupt zip: entry " + name + " appears twice");
                }
                byte[] content = inflate(zip, name, raw, total);
                total += content.length;
                parts.add(new Part(name, content, entry.getMethod() == ZipEntry.STORED, entry.getTime()));
            }
        } catch (ZipException e) {
            throw new McdxException(source, "corrupt zip: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new McdxException(source, "corrupt zip: it ends in the middle of an entry", e);
        }
        if (parts.isEmpty()) {
            throw new McdxException(source, "not a zip package (no entries)");
        }
        return parts;
    }

    private void checkMagic(PushbackInputStream in) throws IOException {
        byte[] head = in.readNBytes(ZIP_MAGIC.length);
        if (head.length == 0) {
            throw new McdxException(source, "empty file, not a Mathcad worksheet");
        }
        if (!Arrays.equals(head, ZIP_MAGIC)) {
            if (Arrays.equals(head, EMPTY_ZIP_MAGIC)) {
                throw new McdxException(source, "not a Mathcad worksheet (an empty zip)");
            }
            throw new McdxException(source, "not a zip package, so not a Mathcad worksheet (.mcdx)");
        }
        in.unread(head);
    }

    private byte[] inflate(ZipInputStream zip, String name, CountingInputStream raw, long totalBefore) throws IOException {
        long rawAtStart = raw.count();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        long size = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
            size += n;
            if (size > limits.maxEntryBytes()) {
                throw new McdxException(source, "too large: entry " + name + " inflates past " + limits.maxEntryBytes() + " bytes");
            }
            if (totalBefore + size > limits.maxTotalBytes()) {
                throw new McdxException(source, "too large: the entries inflate past " + limits.maxTotalBytes() + " bytes");
            }
            long compressed = Math.max(1, raw.count() - rawAtStart);
            if (size > limits.ratioFloorBytes() && size / compressed > limits.maxRatio()) {
                throw new McdxException(source, "too large: entry " + name + " inflates more than " + limits.maxRatio()
                        + " times its compressed size (a zip bomb?)");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Counts the compressed bytes the zip reader has taken so far (a little ahead of what it inflated). */
    private static final class CountingInputStream extends FilterInputStream {
        private long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
