package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.batch.BatchViewHarness.SAFETY;
import static org.primebatch.swing.batch.BatchViewHarness.onEdt;

import java.awt.Dimension;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.client.DaemonClient;
import org.primebatch.swing.batch.CaseColumn.CaseLabel;
import org.primebatch.swing.batch.CaseColumn.ValueCell;
import org.primebatch.swing.model.Requests;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

/** The virtual cases table over a real daemon's batch of 5,000 cases: it fetches only the pages it shows. */
class CasesTableModelTest extends WindowTest {
    private static final int CASES = 5000;

    /** One page fetch as the model asked for it. */
    record Fetch(int after, ItemState state) {
    }

    private final List<Fetch> fetches = new CopyOnWriteArrayList<>();
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
        CasePageSource counted = (id, after, limit, state) -> {
            fetches.add(new Fetch(after, state));
            return daemonPages.load(id, after, limit, state);
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
        assertThat(row(0)).isEqualTo(new CaseLabel(1, "case-1"));
        assertThat(row(19)).isEqualTo(new CaseLabel(20, "case-20"));
        assertThat(onEdt(() -> model.getValueAt(19, columnTitled("x [m]")))).isEqualTo(new ValueCell("20", true));
        assertThat(onEdt(() -> model.getValueAt(19, columnTitled("y [kN]")))).isEqualTo(new ValueCell("40.0", true));

        scrollTo(2600);
        await("row 2601", () -> onEdt(() -> model.caseAt(2600)) != null);
        assertThat(fetches).containsExactly(new Fetch(0, null), new Fetch(2500, null));
        assertThat(row(2600)).isEqualTo(new CaseLabel(2601, "case-2601"));
        assertThat(row(2999)).isEqualTo(new CaseLabel(3000, "case-3000"));

        scrollTo(4999);
        await("the last row", () -> onEdt(() -> model.caseAt(4999)) != null);
        assertThat(row(4999)).isEqualTo(new CaseLabel(5000, "case-5000"));
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
    void aFilteredViewWalksToThePageItShows() throws Exception {
        BatchView done = daemon.awaitFinal(batch.id(), SAFETY);
        GuiActionRunner.execute(() -> {
            model.show(done);
            model.setFilter(ItemState.FAILED);
        });
        await("the first failed cases", () -> onEdt(() -> model.caseAt(0)) != null);
        assertThat(onEdt(model::getRowCount)).isEqualTo(CASES / 7);
        assertThat(row(0)).isEqualTo(new CaseLabel(7, "case-7"));
        assertThat(fetches).containsExactly(new Fetch(0, ItemState.FAILED));

        scrollTo(600);
        await("failed case 601", () -> onEdt(() -> model.caseAt(600)) != null);
        assertThat(row(600)).isEqualTo(new CaseLabel(601 * 7, "case-" + 601 * 7));
        assertThat(row(713)).isEqualTo(new CaseLabel(714 * 7, "case-" + 714 * 7));
        assertThat(fetches).containsExactly(new Fetch(0, ItemState.FAILED), new Fetch(500 * 7, ItemState.FAILED));
        assertThat(onEdt(() -> model.caseAt(600).state())).isEqualTo(ItemState.FAILED);
        assertThat(errors).isEmpty();
    }

    private Object row(int index) {
        return onEdt(() -> {
            ItemView item = model.caseAt(index);
            return item == null ? null : model.getValueAt(index, 0);
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
