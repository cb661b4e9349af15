package org.primebatch.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", description = "Show one batch: its settings, counts and failed cases.")
final class ShowCommand extends ClientCommand {
    private static final int FAILED_SHOWN = 20;

    @Parameters(index = "0", paramLabel = "BATCH")
    long batch;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Override
    public Integer call() {
        BatchView view;
        List<ItemView> failed;
        try (DaemonClient client = connect()) {
            view = client.call(Protocol.BATCH_GET, Json.object().put("batch", batch), BatchView.class);
            JsonNode page = client.call(Protocol.BATCH_ITEMS, Json.object().put("batch", batch).put("state", "failed").put("limit", FAILED_SHOWN));
            failed = Json.MAPPER.convertValue(page.get("items"), new TypeReference<List<ItemView>>() { });
        }
        if (json) {
            printJson(view);
            return Main.OK;
        }
        Counts c = view.counts();
        out().printf("batch      %d  %s%s%n", view.id(), view.state().word(), view.pauseReason() != null ? " (" + view.pauseReason() + ")" : "");
        out().printf("name       %s%n", view.spec().name());
        out().printf("worksheet  %s%n", view.spec().worksheet());
        out().printf("engine     %s, priority %s, %d attempts per case%n", EngineText.of(view.spec()), view.spec().priority().word(), view.spec().maxAttempts());
        if (view.crossCheck() != null) {
            out().printf("crosscheck %s%n", EngineText.crossCheck(view));
        }
        if (!view.spec().designate().isEmpty()) {
            out().printf("by name    %s%n", view.spec().designate().display());
        }
        out().printf("output     %s%s%n", view.spec().outDir(), view.spec().exports().isEmpty() ? " (no exports)" : " (" + String.join(", ", view.spec().exports()) + ")");
        out().printf("created    %s%s%s%n", view.created(), view.started() != null ? ", started " + view.started() : "",
                view.finished() != null ? ", finished " + view.finished() : "");
        out().printf("cases      %d: %d pending, %d running, %d succeeded, %d failed, %d cancelled, %d skipped%n",
                c.total(), c.pending(), c.running(), c.succeeded(), c.failed(), c.cancelled(), c.skipped());
        if (view.spec().check() != null) {
            out().printf("check      %s: %d of %d succeeded cases fail it%n", view.spec().resultCheck().display(),
                    c.checkFailed(), c.succeeded());
        }
        for (ItemView item : failed) {
            out().printf("  failed   #%d %s after %d attempt%s: %s%n", item.seq(), item.name() != null ? item.name() : "",
                    item.attempts(), item.attempts() == 1 ? "" : "s", item.error());
        }
        if (c.failed() > failed.size()) {
            out().printf("  … and %d more failed cases%n", c.failed() - failed.size());
        }
        return Main.OK;
    }
}
