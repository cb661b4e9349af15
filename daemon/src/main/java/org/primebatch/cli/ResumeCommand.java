package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;

@Command(name = "resume", description = "Resume a paused batch.")
final class ResumeCommand extends BatchAction {
    @Override
    String method() {
        return Protocol.BATCH_RESUME;
    }

    @Override
    String done(JsonNode answer) {
        return "batch " + batch + " resumed";
    }
}
