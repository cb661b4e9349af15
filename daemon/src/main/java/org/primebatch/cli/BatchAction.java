package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.primebatch.api.Json;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A command that sends one request about one batch and reports the answer. */
abstract class BatchAction extends ClientCommand {
    @Parameters(index = "0", paramLabel = "BATCH")
    long batch;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    abstract String method();

    abstract String done(JsonNode answer);

    ObjectNode params() {
        return Json.object().put("batch", batch);
    }

    @Override
    public Integer call() {
        JsonNode answer;
        try (DaemonClient client = connect()) {
            answer = client.call(method(), params());
        }
        if (json) {
            printJson(answer);
        } else {
            out().println(done(answer));
        }
        return Main.OK;
    }
}
