package org.primebatch.swing.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.primebatch.api.ItemOrder;
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

    /**
     * The cases of {@code batch} in {@code order}, {@code offset} of them skipped, at most {@code limit}, only those in
     * {@code state} unless null. A source that cannot sort fails.
     */
    default CompletableFuture<CasePage> load(long batch, ItemOrder order, int offset, int limit, ItemState state) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this source cannot sort cases"));
    }

    /**
     * The page of {@code limit} cases in {@code order} that holds case {@code seq}, its offset a multiple of
     * {@code limit}; its offset is null when the case is not among those in {@code state}. A source that cannot sort
     * fails.
     */
    default CompletableFuture<CasePage> around(long batch, ItemOrder order, int seq, int limit, ItemState state) {
        return CompletableFuture.failedFuture(new UnsupportedOperationException("this source cannot sort cases"));
    }

    /** Pages from the daemon's {@code batch.items}. */
    static CasePageSource of(Requests requests) {
        return new CasePageSource() {
            @Override
            public CompletableFuture<CasePage> load(long batch, int after, int limit, ItemState state) {
                return call(params(batch, limit, state).put("after", after));
            }

            @Override
            public CompletableFuture<CasePage> load(long batch, ItemOrder order, int offset, int limit, ItemState state) {
                return call(sorted(batch, order, limit, state).put("offset", offset));
            }

            @Override
            public CompletableFuture<CasePage> around(long batch, ItemOrder order, int seq, int limit, ItemState state) {
                return call(sorted(batch, order, limit, state).put("around", seq));
            }

            private CompletableFuture<CasePage> call(ObjectNode params) {
                return requests.call(Protocol.BATCH_ITEMS, params, JsonNode.class).thenApply(CasePageSource::page);
            }
        };
    }

    private static ObjectNode params(long batch, int limit, ItemState state) {
        ObjectNode params = Json.object().put("batch", batch).put("limit", limit);
        if (state != null) {
            params.put("state", state.word());
        }
        return params;
    }

    private static ObjectNode sorted(long batch, ItemOrder order, int limit, ItemState state) {
        ObjectNode params = params(batch, limit, state);
        ObjectNode sort = params.putObject("sort").put("by", order.by().word()).put("descending", order.descending());
        if (order.alias() != null) {
            sort.put("alias", order.alias());
        }
        return params;
    }

    private static CasePage page(JsonNode answer) {
        List<ItemView> items = new ArrayList<>();
        for (JsonNode item : answer.path("items")) {
            items.add(Json.convert(item, ItemView.class));
        }
        JsonNode next = answer.path("next");
        JsonNode offset = answer.path("offset");
        return new CasePage(items, next.isNumber() ? next.asInt() : null, offset.isNumber() ? offset.asInt() : null);
    }
}
