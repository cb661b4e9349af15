package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;

@Command(name = "delete", description = "Delete a finished batch from the queue (its output files stay).")
final class DeleteCommand extends BatchAction {
    @Override
    String method() {
        return Protocol.BATCH_DELETE;
    }

    @Override
    String done(JsonNode answer) {
        return "batch " + batch + " deleted";
    }
}
