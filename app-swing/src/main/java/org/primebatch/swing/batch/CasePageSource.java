package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.Requests;

/** Where pages of a batch's cases come from; the answer may complete on any thread. */
@FunctionalInterface
public interface CasePageSource {
    /** The cases of {@code batch} after seq {@code after}, at most {@code limit}, only those in {@code state} unless null. */
    CompletableFuture<CasePage> load(long batch, int after, int limit, ItemState state);

    /** Pages from the daemon's {@code batch.items}. */
    static CasePageSource of(Requests requests) {
        return (batch, after, limit, state) -> {
            var params = Json.object().put("batch", batch).put("after", after).put("limit", limit);
            if (state != null) {
                params.put("state", state.word());
            }
            return requests.call(Protocol.BATCH_ITEMS, params, JsonNode.class).thenApply(CasePageSource::page);
        };
    }

    private static CasePage page(JsonNode answer) {
        List<ItemView> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(Json.convert(item, ItemView.class));
        }
        JsonNode next = answer.path("next");
        return new CasePage(items, next.isNumber() ? next.asInt() : null);
    }
}
