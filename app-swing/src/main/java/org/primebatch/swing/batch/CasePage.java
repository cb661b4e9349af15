package org.primebatch.swing.batch;

import java.util.List;
import org.primebatch.api.ItemView;

/**
 * One keyset page of a batch's cases as {@code batch.items} answers it.
 *
 * @param next the seq to ask for the following page after, or null when this page is the last
 */
public record CasePage(List<ItemView> items, Integer next) {
    public CasePage {
        items = List.copyOf(items);
    }

    public boolean isLast() {
        return next == null;
    }
}
