package org.primebatch.swing.batch;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;

/**
 * The cases of one batch as a virtual table: the row count comes from the batch's counts, and the rows are loaded a
 * page at a time when the table first asks for one of them, so only the pages scrolled into view are fetched. A
 * bounded number of pages is kept, least recently shown first out.
 *
 * <p>Without a state filter a case's row is its seq - 1, so any page can be fetched directly ({@code after} =
 * page × size). With a filter the rows of a page depend on the pages before it, so reaching a page means walking the
 * pages before it once; where each page starts is remembered until the filtered set changes.
 *
 * <p>A changed case marks its page stale: the table keeps showing the old rows and fetches the page again only if it
 * is painted, so a change far from the view costs nothing. Touched only on the event dispatch thread.
 */
public final class CasesTableModel extends AbstractTableModel {
    public static final int PAGE_SIZE = 500;
    public static final int MAX_CACHED_PAGES = 24;

    private static final class Cached {
        final CasePage page;
        boolean stale;

        Cached(CasePage page, boolean stale) {
            this.page = page;
            this.stale = stale;
        }
    }

    private final CasePageSource source;
    private final int pageSize;
    private final Consumer<Throwable> errors;
    private final Map<Integer, Cached> pages = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, Cached> eldest) {
            return size() > MAX_CACHED_PAGES;
        }
    };
    /** With a filter: the seq each page starts after, learnt from the page before it. */
    private final Map<Integer, Integer> starts = new HashMap<>();
    private final Set<Integer> loading = new HashSet<>();
    /** Pages being fetched that changed meanwhile: they stay stale when their answer comes. */
    private final Set<Integer> changedWhileLoading = new HashSet<>();
    /** With a filter: pages asked for whose start is not known yet. */
    private final Set<Integer> waiting = new TreeSet<>();
    private CaseColumns columns = new CaseColumns();
    private long batchId;
    private Path outDir;
    private Counts counts = Counts.NONE;
    private ItemState filter;
    private int rowCount;
    /** Bumped whenever answers in flight no longer fit: another batch, another filter, a changed filtered set. */
    private int generation;

    /** Pages of {@code pageSize} cases from {@code source}; failures to load go to {@code errors}. */
    public CasesTableModel(CasePageSource source, int pageSize, Consumer<Throwable> errors) {
        this.source = source;
        this.pageSize = pageSize;
        this.errors = errors;
    }

    /** Shows {@code batch} (null for none); the same batch again only takes its new counts. */
    public void show(BatchView batch) {
        Edt.require();
        if (batch != null && batch.id() == batchId) {
            setCounts(batch.counts());
            return;
        }
        forgetPages();
        columns = new CaseColumns();
        batchId = batch == null ? 0 : batch.id();
        outDir = batch == null || batch.spec().outDir() == null ? null : Path.of(batch.spec().outDir());
        counts = batch == null || batch.counts() == null ? Counts.NONE : batch.counts();
        rowCount = batch == null ? 0 : countOf(counts, filter);
        fireTableStructureChanged();
    }

    /** Shows only the cases in {@code state}, or all when null. */
    public void setFilter(ItemState state) {
        Edt.require();
        if (state == filter) {
            return;
        }
        filter = state;
        forgetPages();
        rowCount = batchId == 0 ? 0 : countOf(counts, filter);
        fireTableDataChanged();
    }

    public ItemState filter() {
        return filter;
    }

    /** Takes the batch's new counts: rows come or go at the end; with a filter, every page is stale. */
    public void setCounts(Counts newCounts) {
        Edt.require();
        Counts previous = counts;
        counts = newCounts == null ? Counts.NONE : newCounts;
        if (batchId == 0) {
            return;
        }
        resize(countOf(counts, filter));
        if (filter != null && countOf(previous, filter) != countOf(counts, filter)) {
            allChanged();
        }
    }

    /** The cases with these seqs changed: their pages are fetched again when next painted. */
    public void casesChanged(Collection<Integer> seqs) {
        Edt.require();
        if (filter != null) {
            allChanged();
            return;
        }
        Set<Integer> changedPages = new TreeSet<>();
        seqs.forEach(seq -> changedPages.add((seq - 1) / pageSize));
        changedPages.forEach(this::markStale);
    }

    /** Every case may have changed (a retry, a cancel): every page is fetched again when next painted. */
    public void allChanged() {
        Edt.require();
        if (filter != null) {
            // where each filtered page starts is no longer known: answers in flight are dropped
            generation++;
            loading.clear();
            waiting.clear();
            changedWhileLoading.clear();
            starts.clear();
            pages.values().forEach(cached -> cached.stale = true);
            if (rowCount > 0) {
                fireTableRowsUpdated(0, rowCount - 1);
            }
            return;
        }
        List.copyOf(pages.keySet()).forEach(this::markStale);
    }

    /** The case shown in {@code row}, or null while its page loads. */
    public ItemView caseAt(int row) {
        Edt.require();
        int page = row / pageSize;
        Cached cached = pages.get(page);
        if (cached == null || cached.stale) {
            request(page);
        }
        if (cached == null) {
            return null;
        }
        int index = row % pageSize;
        return index < cached.page.items().size() ? cached.page.items().get(index) : null;
    }

    public CaseColumn column(int column) {
        return columns.get(column);
    }

    @Override
    public int getRowCount() {
        return rowCount;
    }

    @Override
    public int getColumnCount() {
        return columns.size();
    }

    @Override
    public String getColumnName(int column) {
        return columns.get(column).title();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return columns.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        ItemView item = caseAt(row);
        return item == null ? null : columns.get(column).valueOf(item, outDir);
    }

    private void markStale(int page) {
        Cached cached = pages.get(page);
        if (cached == null) {
            return;
        }
        cached.stale = true;
        if (loading.contains(page)) {
            changedWhileLoading.add(page);
        }
        firePageUpdated(page);
    }

    private void request(int page) {
        if (loading.contains(page) || batchId == 0) {
            return;
        }
        Integer after = startOf(page);
        if (after != null) {
            load(page, after);
            return;
        }
        waiting.add(page);
        int known = page - 1;
        while (known > 0 && startOf(known) == null) {
            known--;
        }
        if (!loading.contains(known)) {
            load(known, startOf(known));
        }
    }

    private Integer startOf(int page) {
        if (page == 0) {
            return 0;
        }
        return filter == null ? page * pageSize : starts.get(page);
    }

    private void load(int page, int after) {
        loading.add(page);
        int asked = generation;
        long batch = batchId;
        Edt.onAnswer(source.load(batch, after, pageSize, filter), (result, error) -> {
            if (asked != generation) {
                return;
            }
            loading.remove(page);
            if (error != null) {
                changedWhileLoading.remove(page);
                errors.accept(Failures.unwrap(error));
                return;
            }
            loaded(page, result);
        });
    }

    private void loaded(int page, CasePage result) {
        pages.put(page, new Cached(result, changedWhileLoading.remove(page)));
        if (result.next() != null) {
            starts.put(page + 1, result.next());
        }
        if (filter != null && result.isLast()) {
            waiting.removeIf(waiter -> waiter > page);
            resize(page * pageSize + result.items().size());
        }
        if (columns.learn(result.items())) {
            fireTableStructureChanged();
        } else {
            firePageUpdated(page);
        }
        for (Integer waiter : List.copyOf(waiting)) {
            if (startOf(waiter) != null) {
                waiting.remove(waiter);
                request(waiter);
            } else {
                request(waiter);
                break;
            }
        }
    }

    private void resize(int rows) {
        int previous = rowCount;
        if (rows == previous) {
            return;
        }
        rowCount = rows;
        if (rows > previous) {
            fireTableRowsInserted(previous, rows - 1);
        } else {
            fireTableRowsDeleted(rows, previous - 1);
        }
    }

    private void firePageUpdated(int page) {
        int first = page * pageSize;
        int last = Math.min(rowCount, first + pageSize) - 1;
        if (first <= last) {
            fireTableRowsUpdated(first, last);
        }
    }

    private void forgetPages() {
        generation++;
        pages.clear();
        starts.clear();
        loading.clear();
        waiting.clear();
        changedWhileLoading.clear();
    }

    static int countOf(Counts counts, ItemState state) {
        if (state == null) {
            return counts.total();
        }
        return switch (state) {
            case PENDING -> counts.pending();
            case RUNNING -> counts.running();
            case SUCCEEDED -> counts.succeeded();
            case FAILED -> counts.failed();
            case CANCELLED -> counts.cancelled();
            case SKIPPED -> counts.skipped();
        };
    }
}
