package org.primebatch.swing.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.testing.DaemonProcess;

/**
 * Batches for the echo engine on the example beam worksheet, with their output folder under the test's folder. Each
 * case has the inputs {@code x} (its number, in m) and {@code y} (twice that, in kN) plus any extra inputs given; the
 * echo engine keeps a session's inputs from case to case, so a reserved input one case sets must be set by every case.
 */
public final class EchoBatches {
    public static final Path WORKSHEET = Path.of("..", "examples", "beam", "beam.mcdx").toAbsolutePath().normalize();

    private final DaemonProcess daemon;
    private final Path outDir;

    public EchoBatches(DaemonProcess daemon, Path outDir) {
        this.daemon = daemon;
        this.outDir = outDir;
    }

    /** A spec for {@code name}; change it before submitting. */
    public ObjectNode spec(String name) {
        return Json.object()
                .put("name", name)
                .put("worksheet", WORKSHEET.toString())
                .put("engine", "echo")
                .put("outDir", outDir.resolve(name).toString())
                .put("retries", 0);
    }

    /** Submits {@code count} cases; {@code extra} gives each case's further inputs by its number (from 1). */
    public BatchView submit(ObjectNode spec, int count, IntFunction<Map<String, Object>> extra) throws IOException {
        ArrayNode cases = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            Map<String, Object> inputs = new LinkedHashMap<>();
            inputs.put("x", i);
            inputs.putAll(extra.apply(i));
            ObjectNode values = Json.object();
            values.set("x", Json.object().put("value", i).put("unit", "m"));
            values.set("y", Json.object().put("value", 2.0 * i).put("unit", "kN"));
            inputs.forEach((alias, value) -> {
                if (!alias.equals("x")) {
                    values.set(alias, Json.object().set("value", Json.tree(value)));
                }
            });
            cases.add(Json.object().put("name", "case-" + i).set("inputs", values));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        try (DaemonClient client = daemon.client()) {
            return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
    }

    /** {@code count} cases named case-1…, each taking {@code delayMs} when that is more than 0. */
    public BatchView submit(String name, int count, long delayMs) throws IOException {
        return submit(spec(name), count, i -> delayMs > 0 ? Map.of("_delay_ms", delayMs) : Map.of());
    }
}
