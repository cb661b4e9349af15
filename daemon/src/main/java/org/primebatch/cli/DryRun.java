package org.primebatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.primebatch.api.BatchPreview;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;

/** {@code submit --dry-run} and {@code run --dry-run}: the batch checked by the daemon and shown, not queued. */
final class DryRun {
    private DryRun() {
    }

    static int run(ClientCommand command, DaemonClient client, ObjectNode request, boolean json) {
        BatchPreview preview = client.call(Protocol.BATCH_SUBMIT, request, BatchPreview.class);
        if (json) {
            command.printJson(preview);
            return Main.OK;
        }
        PrintWriter out = command.out();
        out.println("dry run: everything checked, nothing queued");
        out.println("worksheet  " + preview.spec().worksheet());
        out.println("engine     " + EngineText.of(preview.spec()));
        if (!preview.spec().designate().isEmpty()) {
            out.println("by name    " + preview.spec().designate().display());
        }
        out.println("output     " + preview.spec().outDir());
        out.println("cases      " + preview.cases() + " (inputs set: " + (preview.columns().isEmpty() ? "none" : String.join(", ", preview.columns())) + ")");
        out.println("first cases:");
        for (BatchPreview.PreviewCase c : preview.first()) {
            String inputs = c.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().display()).collect(Collectors.joining(", "));
            out.println("  " + c.seq() + "  " + c.name() + "  " + inputs + (c.artifacts().isEmpty() ? "" : "  -> " + String.join(", ", c.artifacts())));
        }
        out.flush();
        return Main.OK;
    }
}
