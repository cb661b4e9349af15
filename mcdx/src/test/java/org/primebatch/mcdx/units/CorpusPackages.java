package org.primebatch.mcdx.units;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.xml.SafeXml;
import org.w3c.dom.Document;

/** The corpus worksheets and their XML parts, read in place. */
final class CorpusPackages {
    static final String ML = "http://schemas.mathsoft.com/math50";
    static final String U = "http://schemas.mathsoft.com/units10";

    private CorpusPackages() {
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".mcdx")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part parsed with namespaces, or empty when the package lacks it or is not a zip. */
    static Optional<Document> part(Path mcdx, String name) {
        try (ZipFile zip = new ZipFile(mcdx.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(SafeXml.parse(in.readAllBytes(), mcdx + ": " + name));
            }
        } catch (java.util.zip.ZipException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(mcdx + ": " + name, e);
        }
    }

    static String label(Path mcdx) {
        return Corpus.dir().relativize(mcdx).toString();
    }
}
