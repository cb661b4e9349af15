package org.primebatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.primebatch.api.Protocol;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "cancel", description = "Cancel a batch (pending cases at once, running ones within seconds), or one case with --item.")
final class CancelCommand extends BatchAction {
    @Option(names = "--item", paramLabel = "N", description = "cancel only case N of the batch")
    Integer item;

    @Override
    String method() {
        return item == null ? Protocol.BATCH_CANCEL : Protocol.ITEM_CANCEL;
    }

    @Override
    ObjectNode params() {
        ObjectNode params = super.params();
        if (item != null) {
            params.put("item", item);
        }
        return params;
    }

    @Override
    String done(JsonNode answer) {
        return item == null ? "batch " + batch + " cancelled" : "case " + item + " of batch " + batch + " cancelled";
    }
}
