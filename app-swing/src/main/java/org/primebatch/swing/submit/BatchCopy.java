package org.primebatch.swing.submit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.Column;
import org.primebatch.swing.batch.CasePage;
import org.primebatch.swing.batch.CasePageSource;
import org.primebatch.swing.model.Requests;

/**
 * A batch the daemon holds, as the New batch dialog takes it to run again: its settings from {@code batch.get} and its
 * cases, in order, from every page of {@code batch.items}.
 *
 * @param name the batch's name, to say where the cases came from
 */
public record BatchCopy(String name, NewBatchSettings settings, CaseTable cases) {
    static final int PAGE = 1000;

    /** Reads batch {@code id}; the answer may complete on any thread. */
    public static CompletableFuture<BatchCopy> load(Requests requests, long id) {
        CasePageSource pages = CasePageSource.of(requests);
        return requests.call(Protocol.BATCH_GET, Json.object().put("batch", id), BatchView.class)
                .thenCompose(view -> items(pages, id, 0, new ArrayList<>())
                        .thenApply(items -> new BatchCopy(view.spec().name() != null ? view.spec().name() : "batch " + id,
                                NewBatchSettings.of(view.spec()), of(items))));
    }

    private static CompletableFuture<List<ItemView>> items(CasePageSource pages, long id, int after, List<ItemView> read) {
        return pages.load(id, after, PAGE, null).thenCompose((CasePage page) -> {
            read.addAll(page.items());
            return page.isLast() ? CompletableFuture.completedFuture(read) : items(pages, id, page.next(), read);
        });
    }

    /** The cases as a table whose columns take the unit each input first comes in. */
    static CaseTable of(List<ItemView> items) {
        Map<String, String> units = new LinkedHashMap<>();
        List<CaseInput> cases = new ArrayList<>();
        for (ItemView item : items) {
            Map<String, CaseValue> inputs = item.inputs() == null ? Map.of() : item.inputs();
            inputs.forEach((alias, value) -> units.putIfAbsent(alias, value.unit()));
            cases.add(new CaseInput(item.name(), inputs));
        }
        List<Column> columns = new ArrayList<>();
        units.forEach((alias, unit) -> columns.add(new Column(alias, unit)));
        return new CaseTable(columns, cases);
    }
}
