package org.primebatch.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;

/**
 * The manifest of a batch ({@code manifest.json}): what ran, on which worksheet and engine, and every case's inputs,
 * outputs, artifacts and timings; its spec and case inputs are enough to submit the batch again.
 *
 * <pre>{@code
 * {"format": "primebatch-manifest", "formatVersion": 1, "primebatch": "0.1.0", "written": "…",
 *  "batch": {"id", "state", "counts", "created", "started", "finished"},
 *  "spec": {…BatchSpec…},
 *  "worksheet": {"path", "sha256"}, "engine": {"name", "version"},
 *  "cases": [{"seq", "name", "state", "attempts", "inputs", "outputs", "artifacts", "error", "started", "finished"}, …]}
 * }</pre>
 */
public final class Manifest {
    static final String FORMAT = "primebatch-manifest";
    static final int FORMAT_VERSION = 1;

    private static final ObjectWriter VALUES = Json.MAPPER.writer()
            .without(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

    private Manifest() {
    }

    /** Writes the manifest, one case at a time: {@code items} is iterated once. Does not close {@code out}. */
    public static void write(BatchView batch, Iterable<ItemView> items, ManifestContext context, OutputStream out)
            throws IOException {
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("formatVersion", FORMAT_VERSION);
            optional(json, "primebatch", context.primebatchVersion());
            value(json, "written", context.written());
            writeBatch(json, batch);
            value(json, "spec", batch.spec());
            json.writeObjectFieldStart("worksheet");
            optional(json, "path", batch.spec() == null ? null : batch.spec().worksheet());
            optional(json, "sha256", context.worksheetSha256());
            json.writeEndObject();
            json.writeObjectFieldStart("engine");
            optional(json, "name", context.engine());
            optional(json, "version", context.engineVersion());
            json.writeEndObject();
            json.writeArrayFieldStart("cases");
            for (ItemView item : items) {
                writeCase(json, item);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.flush();
    }

    private static void writeBatch(JsonGenerator json, BatchView batch) throws IOException {
        json.writeObjectFieldStart("batch");
        json.writeNumberField("id", batch.id());
        optional(json, "state", batch.state() == null ? null : batch.state().word());
        value(json, "counts", batch.counts());
        value(json, "created", batch.created());
        value(json, "started", batch.started());
        value(json, "finished", batch.finished());
        json.writeEndObject();
    }

    private static void writeCase(JsonGenerator json, ItemView item) throws IOException {
        json.writeStartObject();
        json.writeNumberField("seq", item.seq());
        optional(json, "name", item.name());
        optional(json, "state", item.state() == null ? null : item.state().word());
        json.writeNumberField("attempts", item.attempts());
        value(json, "inputs", item.inputs());
        value(json, "outputs", item.outputs());
        value(json, "artifacts", item.artifacts());
        optional(json, "error", item.error());
        value(json, "started", item.started());
        value(json, "finished", item.finished());
        json.writeEndObject();
    }

    private static void optional(JsonGenerator json, String field, String text) throws IOException {
        if (text != null) {
            json.writeStringField(field, text);
        }
    }

    private static void value(JsonGenerator json, String field, Object value) throws IOException {
        if (value != null) {
            json.writeFieldName(field);
            VALUES.writeValue(json, value);
        }
    }

    /**
     * Reads back the spec and the cases of a manifest, to submit the batch again.
     *
     * @throws IOException when the file cannot be read, is not JSON, or is not a Primebatch manifest this version
     *                     reads; the message names the file and what is wrong
     */
    public static RecordedBatch read(Path file) throws IOException {
        try (JsonParser json = Json.MAPPER.createParser(file.toFile())) {
            return new ManifestReader(file, json).read();
        } catch (JsonProcessingException e) {
            throw new IOException(file + " is not a valid manifest: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
    }

    /** The hex SHA-256 of a file's content, to tell later whether a worksheet is the one that was run. */
    public static String sha256(Path file) throws IOException {
        MessageDigest digest = newSha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
