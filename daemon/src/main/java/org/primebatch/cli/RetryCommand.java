package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;

@Command(name = "retry", description = "Queue a batch's failed and cancelled cases again.")
final class RetryCommand extends BatchAction {
    @Override
    String method() {
        return Protocol.BATCH_RETRY;
    }

    @Override
    String done(JsonNode answer) {
        return "batch " + batch + ": " + answer.path("items").asInt() + " cases queued again";
    }
}
