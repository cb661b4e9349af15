package org.primebatch.installer.windows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/** The Windows files as the build left them in {@code target/windows}, read with a parser that refuses DTDs. */
final class GeneratedFiles {
    static final Path DIR = Path.of("target", "windows");

    private GeneratedFiles() {
    }

    static Path file(String name) {
        Path file = DIR.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError(file.toAbsolutePath() + " is missing: the build (process-resources) generates it");
        }
        return file;
    }

    static String text(String name) throws IOException {
        return Files.readString(file(name), StandardCharsets.UTF_8);
    }

    static Document xml(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            return builder.parse(file.toFile());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }
}
