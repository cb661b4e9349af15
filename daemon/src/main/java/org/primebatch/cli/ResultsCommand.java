package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "results", description = "Write a batch's results (one row per case), also while it runs.")
final class ResultsCommand extends BatchAction {
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv, xlsx or json (default: ${DEFAULT-VALUE})")
    String format = "csv";

    @Option(names = "--output", paramLabel = "FILE", description = "where to write (default: results.FORMAT in the batch's output folder)")
    Path output;

    @Option(names = "--zip", paramLabel = "FILE", description = "also pack the batch's output folder into this zip file")
    Path zip;

    @Override
    String method() {
        return Protocol.BATCH_RESULTS;
    }

    @Override
    ObjectNode params() {
        ObjectNode params = super.params().put("format", format);
        if (output != null) {
            params.put("output", output.toAbsolutePath().normalize().toString());
        }
        if (zip != null) {
            params.put("zip", zip.toAbsolutePath().normalize().toString());
        }
        return params;
    }

    @Override
    String done(JsonNode answer) {
        return answer.path("path").asText() + (answer.has("zip") ? "\n" + answer.path("zip").asText() + " (" + answer.path("zipFiles").asInt() + " files)" : "");
    }
}
