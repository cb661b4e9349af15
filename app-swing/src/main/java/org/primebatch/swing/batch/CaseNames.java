package org.primebatch.swing.batch;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.primebatch.api.ItemView;
import org.primebatch.swing.model.Edt;

/**
 * The names of a batch's cases, fetched a page at a time when a name is first asked for (so only for the rows drawn)
 * and kept for the last {@link #PAGES_KEPT} pages. Touched only on the event dispatch thread.
 */
final class CaseNames {
    static final int PAGE = 500;
    static final int PAGES_KEPT = 20;

    private final CasePageSource source;
    private final Runnable arrived;
    private final Map<Integer, Map<Integer, String>> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Map<Integer, String>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final Set<Integer> asked = new HashSet<>();
    private long batch;

    /** Names from {@code source}; {@code arrived} runs whenever a page of names arrived. */
    CaseNames(CasePageSource source, Runnable arrived) {
        this.source = source;
        this.arrived = arrived;
    }

    void show(long batchId) {
        batch = batchId;
        pages.clear();
        asked.clear();
    }

    /** The name of case {@code seq}, or null while it is being fetched or when the case has none. */
    String nameOf(int seq) {
        if (batch == 0 || seq < 1) {
            return null;
        }
        int page = (seq - 1) / PAGE;
        Map<Integer, String> names = pages.get(page);
        if (names != null) {
            return names.get(seq);
        }
        if (asked.add(page)) {
            long askedBatch = batch;
            Edt.onAnswer(source.load(askedBatch, page * PAGE, PAGE, null), (loaded, error) -> {
                if (batch != askedBatch) {
                    return;
                }
                asked.remove(page);
                if (error != null) {
                    return; // the sentence goes without the name; the next drawing asks again
                }
                Map<Integer, String> named = new LinkedHashMap<>();
                for (ItemView item : loaded.items()) {
                    if (item.name() != null) {
                        named.put(item.seq(), item.name());
                    }
                }
                pages.put(page, named);
                arrived.run();
            });
        }
        return null;
    }
}
