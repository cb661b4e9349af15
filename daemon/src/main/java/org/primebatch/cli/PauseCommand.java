package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;

@Command(name = "pause", description = "Pause a batch: running cases finish, no new ones start.")
final class PauseCommand extends BatchAction {
    @Override
    String method() {
        return Protocol.BATCH_PAUSE;
    }

    @Override
    String done(JsonNode answer) {
        return "batch " + batch + " paused";
    }
}
