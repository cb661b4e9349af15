package org.primebatch.swing.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.testing.DaemonProcess;

/** Echo batches on the example worksheet, submitted straight to a test daemon. */
final class EchoBatches {
    static final Path WORKSHEET = Path.of("..", "examples", "beam", "beam.mcdx").toAbsolutePath().normalize();

    private EchoBatches() {
    }

    /** {@code count} cases named c1…, each taking {@code delayMs}; written (if at all) under {@code outDir}. */
    static BatchView submit(DaemonProcess daemon, String name, int count, long delayMs, Path outDir) throws IOException {
        ObjectNode spec = Json.object().put("name", name).put("worksheet", WORKSHEET.toString()).put("engine", "echo")
                .put("outDir", outDir.toString());
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode inputs = Json.object();
            inputs.set("L", Json.object().put("value", i).put("unit", "m"));
            if (delayMs > 0) {
                inputs.set("_delay_ms", Json.object().put("value", delayMs));
            }
            cases.add(Json.object().put("name", "c" + i).set("inputs", inputs));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        try (DaemonClient client = daemon.client()) {
            return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
    }
}
