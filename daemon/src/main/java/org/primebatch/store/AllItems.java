package org.primebatch.store;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.primebatch.api.ItemView;

/** Every item of a batch in seq order, read page by page, so a 100,000-case batch is never held in memory whole. */
public record AllItems(QueueStore store, long batchId, int pageSize) implements Iterable<ItemView> {
    public AllItems(QueueStore store, long batchId) {
        this(store, batchId, 1000);
    }

    @Override
    public Iterator<ItemView> iterator() {
        return new Iterator<>() {
            private List<ItemView> page = List.of();
            private int index;
            private int lastSeq;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (index < page.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                page = store.items(batchId, lastSeq, pageSize, null);
                index = 0;
                exhausted = page.size() < pageSize;
                return !page.isEmpty();
            }

            @Override
            public ItemView next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ItemView item = page.get(index++);
                lastSeq = item.seq();
                return item;
            }
        };
    }
}
