package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.batch.BatchViewHarness.SAFETY;
import static org.primebatch.swing.batch.BatchViewHarness.onEdt;

import java.awt.Dimension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JFrame;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.client.DaemonClient;
import org.primebatch.swing.batch.CaseColumn.ValueCell;
import org.primebatch.swing.model.Requests;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

/**
 * The virtual cases table over a real daemon's batch of 5,000 cases: it fetches only the pages it shows, and a sorted
 * or filtered view has the daemon sort and filter every case.
 */
class CasesTableModelTest extends WindowTest {
    private static final int CASES = 5000;

    /** One keyset page fetch as the model asked for it. */
    record Fetch(int after, ItemState state) {
    }

    /** One sorted (or filtered) page fetch as the model asked for it: by offset, or around a case. */
    record Sorted(ItemOrder order, int offset, ItemState state) {
    }

    private final List<Object> fetches = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private DaemonProcess daemon;
    private DaemonClient client;
    private Requests requests;
    private CasesTableModel model;
    private JTable table;
    private FrameFixture window;
    private BatchView batch;

    @BeforeEach
    void batchOfFiveThousand() throws Exception {
        daemon = startDaemon("--in-process");
        // every seventh case fails, so that a filtered view spans two pages
        batch = new EchoBatches(daemon, dir.resolve("out")).submit(new EchoBatches(daemon, dir.resolve("out"))
                .spec("five-thousand"), CASES, i -> Map.of("_fail", i % 7 == 0 ? "bad input" : ""));
        client = daemon.client();
        requests = new Requests(() -> client);
        CasePageSource daemonPages = CasePageSource.of(requests);
        CasePageSource counted = new CasePageSource() {
            @Override
            public CompletableFuture<CasePage> load(long id, int after, int limit, ItemState state) {
                fetches.add(new Fetch(after, state));
                return daemonPages.load(id, after, limit, state);
            }

            @Override
            public CompletableFuture<CasePage> load(long id, ItemOrder order, int offset, int limit, ItemState state) {
                fetches.add(new Sorted(order, offset, state));
                return daemonPages.load(id, order, offset, limit, state);
            }

            @Override
            public CompletableFuture<CasePage> around(long id, ItemOrder order, int seq, int limit, ItemState state) {
                fetches.add(new Sorted(order, -seq, state));
                return daemonPages.around(id, order, seq, limit, state);
            }
        };
        model = GuiActionRunner.execute(() -> new CasesTableModel(counted, CasesTableModel.PAGE_SIZE, errors::add));
        JFrame frame = GuiActionRunner.execute(() -> {
            table = new JTable(model);
            table.setName("cases");
            JFrame f = new JFrame("cases");
            f.add(new JScrollPane(table));
            return f;
        });
        window = new FrameFixture(robot, frame);
        window.show(new Dimension(900, 400));
    }

    @AfterEach
    void stop() throws Exception {
        if (window != null) {
            window.cleanUp();
        }
        if (requests != null) {
            requests.close();
        }
        if (client != null) {
            client.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void fetchesOnlyThePagesScrolledIntoView() throws Exception {
        GuiActionRunner.execute(() -> model.show(batch));
        await("the first rows", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(onEdt(model::getRowCount)).isEqualTo(CASES);
        assertThat(fetches).containsExactly(new Fetch(0, null));
        assertThat(row(0)).isEqualTo(1);
        assertThat(row(19)).isEqualTo(20);
        assertThat(onEdt(() -> model.getValueAt(19, columnTitled("Case")))).isEqualTo("case-20");
        ValueCell x = (ValueCell) onEdt(() -> model.getValueAt(19, columnTitled("x [m]")));
        assertThat(x.shown(4)).isEqualTo("20");
        assertThat(x.unitInTitle()).isTrue();
        assertThat(((ValueCell) onEdt(() -> model.getValueAt(19, columnTitled("y [kN]")))).full()).isEqualTo("40");

        scrollTo(2600);
        await("row 2601", () -> onEdt(() -> model.caseAt(2600)) != null);
        assertThat(fetches).containsExactly(new Fetch(0, null), new Fetch(2500, null));
        assertThat(row(2600)).isEqualTo(2601);
        assertThat(row(2999)).isEqualTo(3000);

        scrollTo(4999);
        await("the last row", () -> onEdt(() -> model.caseAt(4999)) != null);
        assertThat(row(4999)).isEqualTo(5000);
        assertThat(fetches).hasSize(3).last().isEqualTo(new Fetch(4500, null));
        assertThat(errors).isEmpty();
    }

    @Test
    void aChangedCaseIsFetchedAgainOnlyWhenItsPageIsShown() throws Exception {
        GuiActionRunner.execute(() -> model.show(batch));
        scrollTo(4100);
        await("the page of case 4101", () -> onEdt(() -> model.caseAt(4100)) != null);
        scrollTo(0);
        await("the first rows", () -> onEdt(() -> model.caseAt(0)) != null);
        fetches.clear();

        GuiActionRunner.execute(() -> model.casesChanged(List.of(3, 4101)));
        await("the first page again", () -> fetches.size() == 1);
        robot.waitForIdle();
        assertThat(fetches).containsExactly(new Fetch(0, null));

        scrollTo(4100);
        await("the page of case 4101 again", () -> fetches.size() == 2);
        assertThat(fetches).containsExactly(new Fetch(0, null), new Fetch(4000, null));
    }

    @Test
    void aFilteredViewFetchesThePageItShowsByItsOffset() throws Exception {
        BatchView done = daemon.awaitFinal(batch.id(), SAFETY);
        GuiActionRunner.execute(() -> {
            model.show(done);
            model.setFilter(ItemState.FAILED);
        });
        await("the first failed cases", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(onEdt(model::getRowCount)).isEqualTo(CASES / 7);
        assertThat(row(0)).isEqualTo(7);
        assertThat(fetches).containsExactly(new Sorted(ItemOrder.SEQ, 0, ItemState.FAILED));

        scrollTo(600);
        await("failed case 601", () -> onEdt(() -> model.caseAt(600)) != null);
        assertThat(row(600)).isEqualTo(601 * 7);
        assertThat(row(713)).isEqualTo(714 * 7);
        assertThat(fetches).containsExactly(new Sorted(ItemOrder.SEQ, 0, ItemState.FAILED),
                new Sorted(ItemOrder.SEQ, 500, ItemState.FAILED));
        assertThat(onEdt(() -> model.caseAt(600).state())).isEqualTo(ItemState.FAILED);
        assertThat(errors).isEmpty();
    }

    @Test
    void sortingHasTheDaemonSortEveryCaseNotOnlyThoseLoaded() throws Exception {
        BatchView done = daemon.awaitFinal(batch.id(), SAFETY);
        GuiActionRunner.execute(() -> model.show(done));
        await("the first rows", () -> onEdt(() -> model.caseAt(0)) != null);
        fetches.clear();

        ItemOrder largestY = ItemOrder.output("y", true);
        GuiActionRunner.execute(() -> model.setOrder(largestY));
        await("the largest y first", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(fetches).containsExactly(new Sorted(largestY, 0, null));
        // y is twice the seq; the failed cases (every seventh) have no outputs: they come last, in seq order
        List<Integer> sorted = new java.util.ArrayList<>();
        for (int seq = CASES; seq >= 1; seq--) {
            if (seq % 7 != 0) {
                sorted.add(seq);
            }
        }
        for (int seq = 7; seq <= CASES; seq += 7) {
            sorted.add(seq);
        }
        int succeeded = CASES - CASES / 7;
        assertThat(row(0)).isEqualTo(5000);
        assertThat(row(1)).isEqualTo(4999);
        assertThat(onEdt(() -> model.getRowCount())).isEqualTo(CASES);

        scrollTo(succeeded + 3);
        await("the first cases without outputs", () -> onEdt(() -> model.caseAt(succeeded + 3)) != null);
        assertThat(row(succeeded)).isEqualTo(7);
        assertThat(row(succeeded + 3)).isEqualTo(28);
        assertThat(fetches).last().isEqualTo(new Sorted(largestY, (succeeded + 3) / 500 * 500, null));

        // a case far from every loaded page: the daemon says which page holds it
        int row = onEdt(() -> model.rowOf(2500)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(row).isEqualTo(sorted.indexOf(2500));
        assertThat(fetches).last().isEqualTo(new Sorted(largestY, -2500, null));
        assertThat(onEdt(() -> model.loadedCaseAt(row).seq())).isEqualTo(2500);

        // copying rows across pages not loaded fetches them, one after the other
        fetches.clear();
        int[] rows = {0, 1000, 1999, 3500};
        List<ItemView> copied = onEdt(() -> model.casesAt(rows)).get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(copied).extracting(ItemView::seq).containsExactly(sorted.get(0), sorted.get(1000), sorted.get(1999),
                sorted.get(3500));
        assertThat(fetches).doesNotContain(new Sorted(largestY, 0, null)).contains(new Sorted(largestY, 1000, null),
                new Sorted(largestY, 1500, null), new Sorted(largestY, 3500, null));

        // the batch's own order again: a case's row is its seq - 1
        GuiActionRunner.execute(() -> model.setOrder(ItemOrder.SEQ));
        await("the batch's own order", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(row(0)).isEqualTo(1);
        assertThat(onEdt(() -> model.rowOf(4321)).get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(4320);
        assertThat(errors).isEmpty();
    }

    @Test
    void hiddenColumnsAreLeftOutAndRemembered() throws Exception {
        java.util.Map<Long, java.util.Set<String>> remembered = new java.util.concurrent.ConcurrentHashMap<>();
        GuiActionRunner.execute(() -> {
            model.setHiddenColumns(new CasesTableModel.HiddenColumns() {
                @Override
                public java.util.Set<String> hiddenIn(BatchView shown) {
                    return java.util.Set.of("attempts");
                }

                @Override
                public void hide(BatchView shown, java.util.Set<String> keys) {
                    remembered.put(shown.id(), keys);
                }
            });
            model.show(batch);
        });
        await("the first rows", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(titles()).doesNotContain("Attempts").contains("#", "Case", "State", "x [m]", "Duration");
        assertThat(onEdt(() -> model.allColumns().stream().map(CaseColumn::title).toList())).contains("Attempts");

        GuiActionRunner.execute(() -> model.setColumnVisible("in:x", false));
        assertThat(titles()).doesNotContain("x [m]", "Attempts").contains("y [kN]");
        assertThat(remembered.get(batch.id())).containsExactlyInAnyOrder("attempts", "in:x");
        GuiActionRunner.execute(() -> model.setColumnVisible("seq", false));
        assertThat(titles()).first().isEqualTo("#");

        GuiActionRunner.execute(() -> model.showAllColumns());
        assertThat(titles()).contains("x [m]", "Attempts");
        assertThat(remembered.get(batch.id())).isEmpty();
    }

    /** The seq of the case in row {@code index}, or null while its page loads. */
    private Object row(int index) {
        return onEdt(() -> {
            ItemView item = model.caseAt(index);
            return item == null ? null : model.getValueAt(index, 0);
        });
    }

    private List<String> titles() {
        return onEdt(() -> {
            List<String> titles = new java.util.ArrayList<>();
            for (int i = 0; i < model.getColumnCount(); i++) {
                titles.add(model.getColumnName(i));
            }
            return titles;
        });
    }

    private int columnTitled(String title) {
        for (int i = 0; i < model.getColumnCount(); i++) {
            if (model.getColumnName(i).equals(title)) {
                return i;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private void scrollTo(int row) {
        GuiActionRunner.execute(() -> table.scrollRectToVisible(table.getCellRect(row, 0, true)));
    }

    private static void await(String what, Callable<Boolean> condition) throws InterruptedException {
        DaemonProcess.await(what, SAFETY, () -> {
            try {
                return condition.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
