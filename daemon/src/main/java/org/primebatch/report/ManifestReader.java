package org.primebatch.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.Json;

/** Reads a manifest's spec and cases with a streaming parser: one case's tree at a time, whatever the file's size. */
final class ManifestReader {
    private static final TypeReference<Map<String, CaseValue>> VALUES = new TypeReference<>() {
    };

    private final Path file;
    private final JsonParser json;

    ManifestReader(Path file, JsonParser json) {
        this.file = file;
        this.json = json;
    }

    RecordedBatch read() throws IOException {
        if (json.nextToken() != JsonToken.START_OBJECT) {
            throw foreign("it is not a JSON object");
        }
        boolean formatSeen = false;
        BatchSpec spec = null;
        String sha256 = null;
        List<RecordedCase> cases = List.of();
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "format" -> {
                    if (!Manifest.FORMAT.equals(json.getValueAsString())) {
                        throw foreign("its format is \"" + json.getText() + "\"");
                    }
                    formatSeen = true;
                }
                case "formatVersion" -> checkVersion(json.getValueAsInt(-1));
                case "spec" -> spec = json.readValueAs(BatchSpec.class);
                case "worksheet" -> sha256 = json.<JsonNode>readValueAsTree().path("sha256").asText(null);
                case "cases" -> cases = readCases();
                default -> json.skipChildren();
            }
        }
        if (!formatSeen) {
            throw foreign("it has no \"format\": \"" + Manifest.FORMAT + "\"");
        }
        if (spec == null) {
            throw new IOException(file + " is not a valid manifest: it has no batch spec");
        }
        return new RecordedBatch(spec, sha256, cases);
    }

    private void checkVersion(int version) throws IOException {
        if (version < 1) {
            throw new IOException(file + " is not a valid manifest: bad formatVersion \"" + json.getText() + "\"");
        }
        if (version > Manifest.FORMAT_VERSION) {
            throw new IOException(file + " was written by a newer Primebatch (manifest format " + version
                    + "; this version reads format " + Manifest.FORMAT_VERSION + ")");
        }
    }

    private List<RecordedCase> readCases() throws IOException {
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw new IOException(file + " is not a valid manifest: \"cases\" is not a list");
        }
        List<RecordedCase> cases = new ArrayList<>();
        while (json.nextToken() != JsonToken.END_ARRAY) {
            JsonNode node = json.readValueAsTree();
            cases.add(recordedCase(node, cases.size() + 1));
        }
        return cases;
    }

    private RecordedCase recordedCase(JsonNode node, int position) throws IOException {
        String what = "case " + position + " of " + file;
        if (!node.isObject() || !node.path("seq").canConvertToInt()) {
            throw new IOException(what + " is not a valid case: it needs at least a \"seq\" number");
        }
        try {
            ItemState state = state(node.path("state").asText("pending"));
            Map<String, CaseValue> inputs = node.hasNonNull("inputs")
                    ? Json.MAPPER.convertValue(node.get("inputs"), VALUES) : Map.of();
            String name = node.hasNonNull("name") ? node.get("name").asText() : null;
            return new RecordedCase(node.get("seq").asInt(), name, state, inputs);
        } catch (IllegalArgumentException e) {
            throw new IOException(what + " is not a valid case: " + e.getMessage(), e);
        }
    }

    private static ItemState state(String word) {
        for (ItemState state : ItemState.values()) {
            if (state.word().equals(word)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state \"" + word + "\"");
    }

    private IOException foreign(String why) {
        return new IOException(file + " is not a Primebatch manifest: " + why);
    }
}
