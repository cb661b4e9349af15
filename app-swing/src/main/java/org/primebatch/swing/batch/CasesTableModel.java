package org.primebatch.swing.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.table.AbstractTableModel;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Failures;

/**
 * The cases of one batch as a virtual table: the row count comes from the batch's counts, and the rows are loaded a
 * page at a time when the table first asks for one of them, so only the pages scrolled into view are fetched. A
 * bounded number of pages is kept, least recently shown first out.
 *
 * <p>In the batch's own order and without a state filter a case's row is its seq - 1, and a page is fetched after
 * seq page × size. Sorted by a column or filtered by state, the daemon sorts every case of the batch and a page is
 * fetched by its offset, page × size: sorting is over all the cases, never only those loaded.
 *
 * <p>A changed case marks its page stale (sorted or filtered, every page, since rows may move): the table keeps
 * showing the old rows and fetches the page again only if it is painted, so a change far from the view costs nothing.
 *
 * <p>Columns may be hidden; the model's columns are the visible ones, {@link #allColumns()} all of them. Touched only
 * on the event dispatch thread.
 */
public final class CasesTableModel extends AbstractTableModel {
    public static final int PAGE_SIZE = 500;
    public static final int MAX_CACHED_PAGES = 24;

    /** Which columns a person hid, remembered across batches. */
    public interface HiddenColumns {
        HiddenColumns NONE = new HiddenColumns() {
            @Override
            public Set<String> hiddenIn(BatchView batch) {
                return Set.of();
            }

            @Override
            public void hide(BatchView batch, Set<String> keys) {
            }
        };

        /** The keys ({@link CaseColumn#key()}) of the columns hidden when showing {@code batch}. */
        Set<String> hiddenIn(BatchView batch);

        /** In {@code batch}, the columns with these keys are hidden and every other one shown. */
        void hide(BatchView batch, Set<String> keys);
    }

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
    private final Set<Integer> loading = new HashSet<>();
    /** Pages being fetched that changed meanwhile: they stay stale when their answer comes. */
    private final Set<Integer> changedWhileLoading = new HashSet<>();
    private HiddenColumns hiddenColumns = HiddenColumns.NONE;
    private CaseColumns columns = new CaseColumns();
    private List<CaseColumn> visible = columns.all();
    private Set<String> hidden = Set.of();
    private BatchView batch;
    private long batchId;
    private CaseColumn.Context context = CaseColumn.Context.NONE;
    private Counts counts = Counts.NONE;
    private ItemState filter;
    private ItemOrder order = ItemOrder.SEQ;
    private int rowCount;
    /** Bumped whenever answers in flight no longer fit: another batch, another filter or order. */
    private int generation;

    /** Pages of {@code pageSize} cases from {@code source}; failures to load go to {@code errors}. */
    public CasesTableModel(CasePageSource source, int pageSize, Consumer<Throwable> errors) {
        this.source = source;
        this.pageSize = pageSize;
        this.errors = errors;
    }

    /** Where the hidden columns are remembered; takes effect from the next batch shown. */
    public void setHiddenColumns(HiddenColumns remembered) {
        hiddenColumns = remembered == null ? HiddenColumns.NONE : remembered;
    }

    /**
     * Shows {@code batch} (null for none) in the batch's own order; the same batch again only takes its new counts.
     */
    public void show(BatchView view) {
        Edt.require();
        if (view != null && view.id() == batchId) {
            batch = view;
            setCounts(view.counts());
            return;
        }
        forgetPages();
        batch = view;
        batchId = view == null ? 0 : view.id();
        columns = new CaseColumns(view);
        context = CaseColumn.Context.of(view);
        hidden = view == null ? Set.of() : Set.copyOf(hiddenColumns.hiddenIn(view));
        order = ItemOrder.SEQ;
        counts = view == null || view.counts() == null ? Counts.NONE : view.counts();
        rowCount = view == null ? 0 : countOf(counts, filter);
        visible = visibleOf(columns.all());
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

    /** Lists the cases in {@code newOrder}, which the daemon sorts over every case of the batch. */
    public void setOrder(ItemOrder newOrder) {
        Edt.require();
        ItemOrder next = newOrder == null ? ItemOrder.SEQ : newOrder;
        if (next.equals(order)) {
            return;
        }
        order = next;
        forgetPages();
        fireTableDataChanged();
    }

    public ItemOrder order() {
        return order;
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
        if (!byPosition()) {
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

    /** The case shown in {@code row} if its page is loaded, or null; unlike {@link #caseAt}, it never fetches. */
    public ItemView loadedCaseAt(int row) {
        Cached cached = pages.get(row / pageSize);
        int index = row % pageSize;
        return cached == null || index >= cached.page.items().size() ? null : cached.page.items().get(index);
    }

    /**
     * The cases in {@code rows}, fetching the pages not loaded one after the other (a copy of thousands of rows may
     * span more pages than are kept); completes on the event dispatch thread, cancelled when the batch, filter or
     * order changes meanwhile. Rows past the end are left out.
     */
    public CompletableFuture<List<ItemView>> casesAt(int[] rows) {
        return casesAt(rows, item -> item);
    }

    /**
     * Like {@link #casesAt(int[])}, each case turned into what {@code each} makes of it as soon as its page is there,
     * so that a copy of a whole batch holds its text, not its cases; {@code each} may run on any thread.
     */
    public <T> CompletableFuture<List<T>> casesAt(int[] rows, Function<ItemView, T> each) {
        Edt.require();
        int asked = generation;
        Object[] made = new Object[rows.length];
        boolean[] found = new boolean[rows.length];
        TreeMap<Integer, List<Integer>> byPage = new TreeMap<>();
        for (int i = 0; i < rows.length; i++) {
            byPage.computeIfAbsent(rows[i] / pageSize, page -> new ArrayList<>()).add(i);
        }
        CompletableFuture<Void> all = CompletableFuture.completedFuture(null);
        Fetch fetch = fetcher();
        for (var entry : byPage.entrySet()) {
            int page = entry.getKey();
            Cached cached = pages.get(page);
            if (cached != null) {
                take(cached.page, entry.getValue(), rows, each, made, found);
            } else {
                all = all.thenCompose(ignored -> fetch.page(page))
                        .thenAccept(result -> take(result, entry.getValue(), rows, each, made, found));
            }
        }
        return all.thenApplyAsync(ignored -> {
            if (asked != generation) {
                throw new CancellationException("the cases shown changed meanwhile");
            }
            List<T> list = new ArrayList<>();
            for (int i = 0; i < rows.length; i++) {
                if (found[i]) {
                    @SuppressWarnings("unchecked")
                    T value = (T) made[i];
                    list.add(value);
                }
            }
            return list;
        }, Edt.EXECUTOR);
    }

    private <T> void take(CasePage page, List<Integer> positions, int[] rows, Function<ItemView, T> each, Object[] made,
                          boolean[] found) {
        for (int position : positions) {
            int index = rows[position] % pageSize;
            if (index < page.items().size()) {
                made[position] = each.apply(page.items().get(index));
                found[position] = true;
            }
        }
    }

    /**
     * The row that shows case {@code seq} in the current filter and order, or -1 when it is not shown; in a sorted or
     * filtered view the daemon finds it, and the page that holds it is kept. Completes on the event dispatch thread.
     */
    public CompletableFuture<Integer> rowOf(int seq) {
        Edt.require();
        for (var entry : pages.entrySet()) {
            List<ItemView> items = entry.getValue().page.items();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).seq() == seq && !entry.getValue().stale) {
                    return CompletableFuture.completedFuture(entry.getKey() * pageSize + i);
                }
            }
        }
        if (batchId == 0) {
            return CompletableFuture.completedFuture(-1);
        }
        if (byPosition()) {
            return CompletableFuture.completedFuture(seq >= 1 && seq <= rowCount ? seq - 1 : -1);
        }
        int asked = generation;
        return source.around(batchId, order, seq, pageSize, filter).thenApplyAsync(result -> {
            if (asked != generation || result.offset() == null) {
                return -1;
            }
            int page = result.offset() / pageSize;
            if (!loading.contains(page)) {
                loaded(page, result);
            }
            for (int i = 0; i < result.items().size(); i++) {
                if (result.items().get(i).seq() == seq) {
                    int row = result.offset() + i;
                    return row < rowCount ? row : -1;
                }
            }
            return -1;
        }, Edt.EXECUTOR);
    }

    /** The visible column {@code column}. */
    public CaseColumn column(int column) {
        return visible.get(column);
    }

    /** The visible columns, in order. */
    public List<CaseColumn> visibleColumns() {
        return visible;
    }

    /** Every column of the batch, hidden ones too, in order. */
    public List<CaseColumn> allColumns() {
        return columns.all();
    }

    /** The visible index of the column with {@code key}, or -1. */
    public int columnIndex(String key) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    public boolean isHidden(String key) {
        return hidden.contains(key);
    }

    /** Shows or hides the column with {@code key}, and remembers it; the case number cannot be hidden. */
    public void setColumnVisible(String key, boolean show) {
        Edt.require();
        if (show ? !hidden.contains(key) : hidden.contains(key) || key.equals("seq")) {
            return;
        }
        Set<String> next = new HashSet<>(hidden);
        if (show) {
            next.remove(key);
        } else {
            next.add(key);
        }
        hidden = Set.copyOf(next);
        if (batch != null) {
            hiddenColumns.hide(batch, hidden);
        }
        visible = visibleOf(columns.all());
        fireTableStructureChanged();
    }

    /** Shows every column again. */
    public void showAllColumns() {
        Edt.require();
        if (hidden.isEmpty()) {
            return;
        }
        hidden = Set.of();
        if (batch != null) {
            hiddenColumns.hide(batch, hidden);
        }
        visible = visibleOf(columns.all());
        fireTableStructureChanged();
    }

    /** What the columns need to know of the shown batch besides its cases. */
    public CaseColumn.Context context() {
        return context;
    }

    /** The batch shown, or null. */
    public BatchView batch() {
        return batch;
    }

    @Override
    public int getRowCount() {
        return rowCount;
    }

    @Override
    public int getColumnCount() {
        return visible.size();
    }

    @Override
    public String getColumnName(int column) {
        return visible.get(column).title();
    }

    @Override
    public Class<?> getColumnClass(int column) {
        return visible.get(column).type();
    }

    @Override
    public Object getValueAt(int row, int column) {
        ItemView item = caseAt(row);
        return item == null ? null : visible.get(column).valueOf(item, context);
    }

    private List<CaseColumn> visibleOf(List<CaseColumn> all) {
        return all.stream().filter(column -> !hidden.contains(column.key()) || !column.hideable()).toList();
    }

    /** Whether a case's row is its seq - 1: the batch's own order, no filter. */
    private boolean byPosition() {
        return filter == null && order.isSeq();
    }

    /** Fetches pages of the current batch, filter and order, from any thread. */
    @FunctionalInterface
    private interface Fetch {
        CompletableFuture<CasePage> page(int page);
    }

    private Fetch fetcher() {
        long batchAsked = batchId;
        ItemState state = filter;
        ItemOrder sort = order;
        int size = pageSize;
        if (state == null && sort.isSeq()) {
            return page -> source.load(batchAsked, page * size, size, null);
        }
        return page -> source.load(batchAsked, sort, page * size, size, state);
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
        loading.add(page);
        int asked = generation;
        Edt.onAnswer(fetcher().page(page), (result, error) -> {
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
        if (filter != null && result.isLast()) {
            resize(page * pageSize + result.items().size());
        }
        if (columns.learn(result.items())) {
            visible = visibleOf(columns.all());
            fireTableStructureChanged();
        } else {
            firePageUpdated(page);
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
        loading.clear();
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
