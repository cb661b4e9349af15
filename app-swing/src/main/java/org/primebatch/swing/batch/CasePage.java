package org.primebatch.swing.batch;

import java.util.List;
import org.primebatch.api.ItemView;

/**
 * One page of a batch's cases as {@code batch.items} answers it.
 *
 * @param next   where the following page starts: the seq to ask for it after (keyset pages) or its offset (sorted
 *               pages); null when this page is the last
 * @param offset for a sorted page, how many cases come before it; null for keyset pages, and for a page asked around
 *               a case that is not among the cases asked for
 */
public record CasePage(List<ItemView> items, Integer next, Integer offset) {
    public CasePage {
        items = List.copyOf(items);
    }

    /** A keyset page. */
    public CasePage(List<ItemView> items, Integer next) {
        this(items, next, null);
    }

    public boolean isLast() {
        return next == null;
    }
}
