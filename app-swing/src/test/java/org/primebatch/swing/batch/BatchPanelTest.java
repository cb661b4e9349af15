package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.primebatch.swing.batch.BatchViewHarness.SAFETY;
import static org.primebatch.swing.batch.BatchViewHarness.onEdt;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;
import javax.swing.JComboBox;
import java.awt.Toolkit;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.StringSelection;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.KeyEvent;
import javax.swing.JLabel;
import javax.swing.JTable;
import javax.swing.SortOrder;
import org.assertj.swing.data.TableCell;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.JFileChooserFinder;
import org.assertj.swing.fixture.JFileChooserFixture;
import org.assertj.swing.fixture.JOptionPaneFixture;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.swing.model.ConnectionState;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.Inputs;
import org.primebatch.swing.testing.OnEdt;
import org.primebatch.swing.testing.Screenshots;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

/** The batch view against a real daemon: events from its connection drive the view, the actions reach the daemon. */
class BatchPanelTest extends WindowTest {
    private final List<Path> opened = new CopyOnWriteArrayList<>();
    private DaemonProcess daemon;
    private BatchViewHarness view;

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> FlatLightLaf.setup());
    }

    @AfterEach
    void stop() throws Exception {
        if (view != null) {
            view.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    private EchoBatches start(String... daemonArgs) throws Exception {
        daemon = startDaemon(daemonArgs);
        view = new BatchViewHarness(robot, daemon, (parent, file) -> opened.add(file));
        return new EchoBatches(daemon, dir.resolve("out"));
    }

    @Test
    void theCasesFillInAsTheBatchRunsUntilEveryOneSucceeded() throws Exception {
        EchoBatches batches = start("--slots", "2");
        var spec = batches.spec("twenty");
        spec.putArray("exports").add("json");
        BatchView batch = batches.submit(spec, 20, i -> Map.of("_delay_ms", 150));
        view.select(batch.id(), daemon);

        await("every case to show as succeeded", () -> states().size() == 20
                && states().stream().allMatch(state -> state == ItemState.SUCCEEDED));
        assertThat(daemon.batch(batch.id()).state()).isEqualTo(BatchState.SUCCEEDED);
        await("the header to say succeeded", () -> view.window.label("batchState").text().equals("succeeded"));
        view.window.label("batchCounts").requireText("20 succeeded");
        JTable table = view.window.table("cases").target();
        assertThat(onEdt(() -> table.getModel().getValueAt(6, 0))).isEqualTo(7);
        assertThat(onEdt(() -> table.getModel().getValueAt(6, 1))).isEqualTo("case-7");
        assertThat(columnTitles(table)).contains("x [m]", "y [kN]", "x [m] (out)", "y [kN] (out)", "Artifacts");
        view.window.button("pauseButton").requireDisabled();
        view.window.button("cancelButton").requireDisabled();
        view.window.button("retryFailedButton").requireDisabled();
        view.window.button("deleteButton").requireEnabled();
        Screenshots.save(view.window.target(), "batch-view-cases");

        int artifacts = columnIndex(table, "Artifacts");
        view.window.table("cases").cell(TableCell.row(2).column(artifacts)).click();
        assertThat(opened).singleElement().satisfies(file ->
                assertThat(file.getFileName().toString()).isEqualTo("case-3.json"));
        assertThat(opened.get(0)).exists();

        view.window.tabbedPane("batchTabs").selectTab("Events");
        await("the events of the batch to be listed", () -> eventTypes().stream()
                .filter(Event.ITEM_SUCCEEDED::equals).count() == 20);
        assertThat(eventTypes()).contains(Event.ITEM_STARTED, Event.BATCH_FINISHED);
        Screenshots.save(view.window.target(), "batch-view-events");
    }

    @Test
    void theCasesAreAResultsGridThatSortsSelectsAndCopiesWithItsHeader() throws Exception {
        EchoBatches batches = start("--in-process");
        var spec = batches.spec("grid");
        spec.put("check", "y <= 40");
        // y is twice the case's number (kN), z a third of it; every tenth case fails
        BatchView batch = batches.submit(spec, 30, i -> Map.of("z", i / 3.0, "_fail", i % 10 == 0 ? "bad input" : ""));
        daemon.awaitFinal(batch.id(), SAFETY);
        view.select(batch.id(), daemon);
        await("the cases to load", () -> states().size() == 30 && !states().contains(null));
        // cases 21 to 29 succeed with y over 40; case 30 failed, so the check says nothing of it
        await("the header to count the cases that fail the check",
                () -> view.window.label("batchCheck").text().equals("9 cases fail y <= 40"));
        JTableFixture cases = view.window.table("cases");
        JTable table = cases.target();
        List<String> titles = columnTitles(table);
        assertThat(titles).startsWith("#", "Case", "State");
        assertThat(titles).contains("y [kN] (out)", "z (out)", "Check", "x [m]", "Duration", "Attempts");
        assertThat(titles.indexOf("y [kN] (out)")).as("outputs before inputs").isLessThan(titles.indexOf("x [m]"));
        assertThat(titles.indexOf("Check")).isLessThan(titles.indexOf("x [m]"));

        // sorting is over every case: the largest y first, the failed cases (no outputs) last
        int y = titles.indexOf("y [kN] (out)");
        cases.tableHeader().clickColumn(y);
        await("the smallest y first", () -> seqAt(0) == 1);
        // a second click soon after the first would be a double click, which sorts nothing
        Object interval = Toolkit.getDefaultToolkit().getDesktopProperty("awt.multiClickInterval");
        Thread.sleep((interval instanceof Integer millis ? millis : 500) + 100L);
        cases.tableHeader().clickColumn(y);
        await("the largest y first", () -> seqAt(0) == 29 && seqAt(1) == 28);
        assertThat(seqAt(27)).isEqualTo(10);
        assertThat(seqAt(29)).isEqualTo(30);
        assertThat(onEdt(() -> table.getRowSorter().getSortKeys().get(0).getSortOrder())).isEqualTo(SortOrder.DESCENDING);
        view.window.label("caseRowCount").requireText("30 cases, sorted by y [kN] (out) descending");

        // numbers to 4 significant figures, in full in the tooltip; values failing the check on red
        int z = titles.indexOf("z (out)");
        assertThat(rendered(table, 0, z).getText()).isEqualTo("9.667");
        assertThat(rendered(table, 0, z).getToolTipText()).isEqualTo("z = 9.666666666666666");
        assertThat(rendered(table, 0, y).getBackground()).isEqualTo(StateColors.failing(table.getBackground()));
        assertThat(rendered(table, 0, y).getToolTipText()).isEqualTo("y = 58 kN fails y <= 40");
        assertThat(rendered(table, 10, y).getBackground()).isNotEqualTo(StateColors.failing(table.getBackground()));
        assertThat(rendered(table, 0, titles.indexOf("Check")).getText()).isEqualTo("fail");
        assertThat(rendered(table, 10, titles.indexOf("Check")).getText()).isEqualTo("pass");
        Screenshots.save(view.window.target(), "batch-view-grid-sorted");

        // several rows, copied with their header as tab-separated text: words, seconds, every digit
        cases.selectRows(0, 1, 2);
        Screenshots.save(view.window.target(), "batch-view-grid-selected");
        clearClipboard();
        cases.focus();
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_C);
        robot.releaseKey(KeyEvent.VK_CONTROL);
        await("the copy", () -> view.window.label("casesCopyStatus").text().equals("Copied 3 cases"));
        List<String> lines = clipboardText().lines().toList();
        assertThat(lines).hasSize(4);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        assertThat(header).startsWith("#", "Case", "State").contains("y [kN] (out)", "z (out)", "Check: y <= 40",
                "Duration [s]", "Artifacts");
        assertThat(header).hasSize(columnTitles(table).size());
        List<String> first = List.of(lines.get(1).split("\t", -1));
        assertThat(first).hasSize(header.size());
        assertThat(first.get(0)).isEqualTo("29");
        assertThat(first.get(1)).isEqualTo("case-29");
        assertThat(first.get(header.indexOf("State"))).isEqualTo("succeeded");
        assertThat(first.get(header.indexOf("y [kN] (out)"))).isEqualTo("58");
        assertThat(first.get(header.indexOf("z (out)"))).isEqualTo("9.666666666666666");
        assertThat(first.get(header.indexOf("Check: y <= 40"))).isEqualTo("fail");
        assertThat(first.get(header.indexOf("Duration [s]"))).matches("\\d+(\\.\\d+)?");
        assertThat(List.of(lines.get(3).split("\t", -1)).get(0)).isEqualTo("27");

        // the rows' own menu copies too
        clearClipboard();
        cases.showPopupMenuAt(TableCell.row(1).column(1)).menuItem("copyCases").click();
        await("the copy from the menu", () -> clipboardText().lines().count() == 4);
        assertThat(clipboardText().lines().skip(1).map(line -> line.split("\t")[0]).toList())
                .containsExactly("29", "28", "27");

        // the header's menu: more significant figures, a column hidden, both remembered in the settings
        GridSettings settings = onEdt(() -> view.panel.gridSettings());
        cases.tableHeader().showPopupMenuAt(z).menuItemWithPath("Significant figures", "6 significant figures").click();
        assertThat(onEdt(settings::significantFigures)).isEqualTo(6);
        assertThat(rendered(table, 0, z).getText()).isEqualTo("9.66667");
        cases.tableHeader().showPopupMenuAt(0).menuItem("column:attempts").click();
        assertThat(columnTitles(table)).doesNotContain("Attempts");
        assertThat(onEdt(() -> settings.get().hidden())).containsExactly("attempts");
        cases.tableHeader().showPopupMenuAt(z).menuItem("column:out:z").click();
        assertThat(columnTitles(table)).doesNotContain("z (out)").contains("z");
        assertThat(onEdt(() -> settings.get().hiddenIn(EchoBatches.WORKSHEET.toString()))).contains("out:z", "attempts");
        Screenshots.save(view.window.target(), "batch-view-grid-columns");

        // a case far down the sorted rows is selected and scrolled to, as a click on the chart asks
        CasesTab tab = (CasesTab) view.window.panel("casesTab").target();
        GuiActionRunner.execute(() -> tab.selectCase(3));
        await("case 3 selected", () -> onEdt(() -> table.getSelectedRowCount() == 1
                && seqAt(table.getSelectedRow()) == 3));
        assertThat(onEdt(() -> table.getVisibleRect().intersects(table.getCellRect(table.getSelectedRow(), 0, true))))
                .isTrue();
        // one the state filter hides is shown by showing every case
        filter(ItemState.FAILED);
        await("the failed cases", () -> states().size() == 3);
        GuiActionRunner.execute(() -> tab.selectCase(12));
        await("case 12 selected among every case", () -> onEdt(() -> table.getSelectedRowCount() == 1
                && seqAt(table.getSelectedRow()) == 12) && states().size() == 30);
        Screenshots.save(view.window.target(), "batch-view-grid-case-selected");
        // selected while another tab shows, the case is in view once the Cases tab is shown again
        GuiActionRunner.execute(() -> table.scrollRectToVisible(table.getCellRect(0, 0, true)));
        view.window.tabbedPane("batchTabs").selectTab("Chart");
        GuiActionRunner.execute(() -> tab.selectCase(1));
        await("case 1 selected", () -> onEdt(() -> table.getSelectedRowCount() == 1 && seqAt(table.getSelectedRow()) == 1));
        view.window.tabbedPane("batchTabs").selectTab("Cases");
        await("case 1 in view", () -> onEdt(() -> table.getVisibleRect()
                .intersects(table.getCellRect(table.getSelectedRow(), 0, true))));
    }

    @Test
    void theBeamsResultsAndTheirCheckShowInTheWorksheetsOrderWithoutScrolling() throws Exception {
        EchoBatches batches = start("--in-process");
        var spec = batches.spec("beams").put("engine", "native").put("check", "utilisation <= 1");
        var request = Json.object().put("caseFile", EchoBatches.WORKSHEET.resolveSibling("cases.csv").toString());
        request.set("spec", spec);
        BatchView batch;
        try (var client = daemon.client()) {
            batch = client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
        BatchView done = daemon.awaitFinal(batch.id(), SAFETY);
        assertThat(done.counts().succeeded()).isEqualTo(64);
        int failing = done.counts().checkFailed();
        assertThat(failing).isPositive();
        // the batch view beside the batches list, as wide as the main window gives it at first
        view.window.resizeWidthTo(640);
        view.select(batch.id(), daemon);
        await("the beams to load", () -> states().size() == 64 && !states().contains(null));
        view.window.label("batchCheck").requireText(failing + " cases fail utilisation <= 1");

        JTable table = view.window.table("cases").target();
        List<String> titles = columnTitles(table);
        assertThat(titles).startsWith("#", "Case", "State", "M_max [kN·m]", "delta_max [mm]", "sigma [MPa]", "utilisation",
                "Check", "L [m]", "w [kN/m]", "E [GPa]", "I [cm^4]");
        Screenshots.save(view.window.target(), "batch-view-grid-beams");
        await("every output and the check to be in view", () -> onEdt(() -> table.getVisibleRect()
                .contains(table.getCellRect(0, titles.indexOf("Check"), true))));
        // the column's header names the unit, so the cells need not
        assertThat(rendered(table, 0, titles.indexOf("M_max [kN·m]")).getText()).doesNotContain("kN");
        int check = titles.indexOf("Check");
        long failingShown = java.util.stream.IntStream.range(0, 64)
                .filter(row -> rendered(table, row, check).getText().equals("fail")).count();
        assertThat(failingShown).isEqualTo(failing);
    }

    @Test
    void cancelAsksFirstThenCancelsTheRunningBatch() throws Exception {
        EchoBatches batches = start("--slots", "1", "--in-process");
        BatchView batch = batches.submit(batches.spec("slow"), 20, i -> Map.of("_delay_ms", 1500));
        view.select(batch.id(), daemon);
        await("the batch to run", () -> states().contains(ItemState.RUNNING));
        view.window.button("cancelButton").requireEnabled();

        view.window.button("cancelButton").click();
        JOptionPaneFixture confirm = Inputs.question(robot, SAFETY);
        confirm.requireWarningMessage();
        Screenshots.save(confirm.target(), "batch-cancel-confirm");
        Inputs.answer(robot, "Cancel batch", SAFETY);

        await("the daemon to cancel the batch", () -> daemon.batch(batch.id()).state() == BatchState.CANCELLED);
        await("the header to say cancelled", () -> view.window.label("batchState").text().equals("cancelled"));
        // cases that ended before the answer reached the daemon stay succeeded; every other one is cancelled
        await("the cases to show what the daemon has, none left to run", () -> {
            List<ItemState> shown = states();
            return shown.size() == 20
                    && shown.stream().allMatch(state -> state == ItemState.SUCCEEDED || state == ItemState.CANCELLED)
                    && shown.equals(daemon.items(batch.id()).stream().map(ItemView::state).toList());
        });
        assertThat(states()).contains(ItemState.CANCELLED);
        view.window.button("cancelButton").requireDisabled();
        view.window.button("retryFailedButton").requireEnabled();
        view.window.label("batchStatus").requireText("Cancelled “slow”");
        Screenshots.save(view.window.target(), "batch-view-cancelled");
    }

    @Test
    void keepingTheBatchRunningInTheConfirmationLeavesItAlone() throws Exception {
        EchoBatches batches = start("--slots", "1", "--in-process");
        BatchView batch = batches.submit(batches.spec("slow"), 40, i -> Map.of("_delay_ms", 1500));
        view.select(batch.id(), daemon);

        view.window.menuItemWithPath("Batch", "Cancel batch…").click();
        Inputs.answer(robot, "Keep running", SAFETY);

        // nothing was cancelled, however long the answer took; the batch is long enough to be running still
        BatchView after = daemon.batch(batch.id());
        assertThat(after.counts().cancelled()).isZero();
        assertThat(after.state()).isIn(BatchState.QUEUED, BatchState.RUNNING);
        view.window.button("cancelButton").requireEnabled();
    }

    @Test
    void retryQueuesTheFailedCaseAgainAndItSucceedsTheSecondTime() throws Exception {
        EchoBatches batches = start("--slots", "1");
        Path marker = dir.resolve("hang-marker");
        var spec = batches.spec("hangs-once");
        spec.putObject("callTimeouts").put("calculate", 2);
        // case 3 hangs the first time it is calculated: the call times out, and with no retries the case fails
        BatchView batch = batches.submit(spec, 6, i -> i == 3 ? Map.of("_hang_once", marker.toString()) : Map.of());
        view.select(batch.id(), daemon);

        await("the batch to fail", () -> view.window.label("batchState").text().equals("failed"));
        await("the cases to show the failure", () -> states().equals(List.of(ItemState.SUCCEEDED,
                ItemState.SUCCEEDED, ItemState.FAILED, ItemState.SUCCEEDED, ItemState.SUCCEEDED, ItemState.SUCCEEDED)));
        assertThat(errorOf(2)).contains("calculate did not finish");
        view.window.button("retryFailedButton").requireEnabled();
        filter(ItemState.FAILED);
        await("only the failed case to be listed", () -> states().equals(List.of(ItemState.FAILED)));

        view.window.button("retryFailedButton").click();

        await("the retried batch to succeed",
                () -> daemon.batch(batch.id()).state() == BatchState.SUCCEEDED);
        await("the failed filter to be empty", () -> states().isEmpty());
        filter(null);
        await("every case to show as succeeded", () -> states().size() == 6
                && states().stream().allMatch(state -> state == ItemState.SUCCEEDED));
        ItemView retried = daemon.items(batch.id()).get(2);
        assertThat(retried.state()).isEqualTo(ItemState.SUCCEEDED);
        assertThat(retried.error()).isNull();
        view.window.button("retryFailedButton").requireDisabled();
        await("the header to say succeeded", () -> view.window.label("batchState").text().equals("succeeded"));
        view.window.tabbedPane("batchTabs").selectTab("Events");
        await("the retry to be listed", () -> eventTypes().contains(Event.BATCH_RETRIED));
    }

    @Test
    void filtersByStateAndChartsTheSucceededCases() throws Exception {
        EchoBatches batches = start("--in-process");
        // _fail must be in every case: the echo engine keeps a session's inputs from case to case
        BatchView batch = batches.submit(batches.spec("some-fail"), 24,
                i -> Map.of("_fail", i % 4 == 0 ? "bad input" : ""));
        daemon.awaitFinal(batch.id(), SAFETY);
        view.select(batch.id(), daemon);
        await("the cases to load", () -> states().size() == 24);

        filter(ItemState.FAILED);
        // a row shows its case once its page has come from the daemon: wait for the rows and their cases
        await("the failed cases", () -> states().size() == 6 && !states().contains(null));
        assertThat(states()).containsOnly(ItemState.FAILED);
        assertThat(caseLabels()).containsExactly("case-4", "case-8", "case-12", "case-16", "case-20", "case-24");
        view.window.label("caseRowCount").requireText("6 failed cases");
        filter(ItemState.SUCCEEDED);
        await("the succeeded cases", () -> states().size() == 18);
        filter(ItemState.PENDING);
        await("no pending case", () -> states().isEmpty());
        filter(null);
        await("every case", () -> states().size() == 24);

        view.window.tabbedPane("batchTabs").selectTab("Chart");
        ChartTab chart = view.panel.chartTab();
        await("the chart to load", () -> chart.pointCount() == 18);
        view.window.comboBox("chartOutput").selectItem("y");
        view.window.comboBox("chartAgainst").selectItem("x");
        view.window.label("chartInfo").requireText("18 points");
        assertThat(onEdt(() -> chart.chart().getXYPlot().getRangeAxis().getLabel())).isEqualTo("y [kN]");
        assertThat(onEdt(() -> chart.chart().getXYPlot().getDomainAxis().getLabel())).isEqualTo("x [m]");
        assertThat(onEdt(() -> chart.chart().getXYPlot().getDataset().getYValue(0, 0))).isEqualTo(2.0);
        Screenshots.save(view.window.target(), "batch-view-chart");

        view.window.button("saveChartPng").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("chartFileChooser").withTimeout(SAFETY.toMillis())
                .using(robot);
        Path png = dir.resolve("y-vs-x.png");
        Inputs.chooseFile(robot, chooser, png);
        await("the PNG to be written", () -> view.window.label("batchStatus").text()
                .equals("Chart saved to " + png));
        byte[] header = Files.readAllBytes(png);
        assertThat(header).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void theChartDrawsASeriesPerLoadWithTheChecksLimitAndAClickOnAPointSelectsItsCase() throws Exception {
        EchoBatches batches = start("--in-process");
        var spec = batches.spec("by-load");
        spec.put("check", "y <= 16");
        spec.put("retries", 1);
        // case 12 fails twice (retried once); every case carries _fail, since the echo engine keeps a session's inputs
        BatchView batch = submitLoads(spec, 12, i -> i == 12 ? "retryable" : "");
        daemon.awaitFinal(batch.id(), SAFETY);
        view.select(batch.id(), daemon);

        view.window.tabbedPane("batchTabs").selectTab("Chart");
        ChartTab chart = view.panel.chartTab();
        await("the chart to load", () -> onEdt(chart::pointCount) == 11);
        choose("chartOutput", "y");
        choose("chartAgainst", "x");
        choose("chartSeriesBy", "w");

        await("the series by load", () -> onEdt(() -> chart.plotShown().series().size()) == 3);
        XYPlot plot = onEdt(() -> chart.chart().getXYPlot());
        assertThat(onEdt(() -> List.of(plot.getDataset().getSeriesKey(0), plot.getDataset().getSeriesKey(1),
                plot.getDataset().getSeriesKey(2)))).containsExactly("w = 10 kN/m", "w = 20 kN/m", "w = 30 kN/m");
        assertThat(onEdt(() -> chart.chart().getLegend().isVisible())).isTrue();
        view.window.label("chartInfo").requireText("11 points in 3 series");
        assertThat(onEdt(() -> plot.getRangeMarkers(Layer.FOREGROUND))).singleElement().satisfies(marker -> {
            assertThat(((ValueMarker) marker).getValue()).isEqualTo(16.0);
            assertThat(marker.getLabel()).isEqualTo("y ≤ 16");
        });
        assertThat(onEdt(() -> plot.getRangeAxis().getRange().contains(16.0))).isTrue();

        await("the chart to be drawn", () -> onEdt(() -> chart.pointOf(5)) != null);
        Point point = onEdt(() -> chart.pointOf(5));
        String tooltip = onEdt(() -> chart.chartPanel().getToolTipText(new MouseEvent(chart.chartPanel(),
                MouseEvent.MOUSE_MOVED, 0, 0, point.x, point.y, 0, false)));
        assertThat(tooltip).isEqualTo("case-5: x = 5 m, w = 20 kN/m, y = 10 kN");
        Screenshots.save(view.window.target(), "batch-view-chart-series");

        JTable cases = robot.finder().findByName(view.window.target(), "cases", JTable.class, false);
        BooleanSupplier caseFiveSelected = () -> onEdt(() -> cases.isShowing() && cases.getSelectedRow() == 4);
        Inputs.give("case 5 to be selected in the cases table", caseFiveSelected,
                () -> robot.click(chart.chartPanel(), point));
        assertThat(onEdt(() -> view.panel.casesModel().caseAt(cases.getSelectedRow()).seq())).isEqualTo(5);

        view.window.tabbedPane("batchTabs").selectTab("Events");
        await("the sentences to name the cases", () -> sentences().contains("Case 5 (case-5) started, attempt 1"));
        assertThat(sentences()).contains("Batch “by-load” submitted with 12 cases")
                .anySatisfy(sentence -> assertThat(sentence).matches("Case 5 succeeded in [0-9.]+ s"))
                .anySatisfy(sentence -> assertThat(sentence)
                        .startsWith("Case 12 failed: ").contains("; it will be retried at "))
                .anySatisfy(sentence -> assertThat(sentence).startsWith("Case 12 failed after 2 attempts: "))
                .last().isEqualTo("Batch finished as failed: 11 succeeded (3 of them failing the check), 1 failed");
        Screenshots.save(view.window.target(), "batch-view-events-sentences");
    }

    /**
     * {@code count} cases: x = i m, y = 2i kN and the load w = 10, 20, 30 kN/m in turn; {@code fail} gives each case's
     * {@code _fail} input.
     */
    private BatchView submitLoads(ObjectNode spec, int count, IntFunction<String> fail) throws Exception {
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (int i = 1; i <= count; i++) {
            ObjectNode values = Json.object();
            values.set("x", Json.object().put("value", i).put("unit", "m"));
            values.set("y", Json.object().put("value", 2.0 * i).put("unit", "kN"));
            values.set("w", Json.object().put("value", 10 * ((i - 1) % 3 + 1)).put("unit", "kN/m"));
            values.set("_fail", Json.object().put("value", fail.apply(i)));
            list.add(Json.object().put("name", "case-" + i).set("inputs", values));
        }
        ObjectNode request = Json.object();
        request.set("spec", spec);
        request.set("cases", list);
        try (var client = daemon.client()) {
            return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
    }

    /** Chooses the cases in {@code state} (every case when null) in the state filter's list. */
    private void filter(ItemState state) throws InterruptedException {
        JComboBox<?> combo = view.window.comboBox("caseStateFilter").target();
        Inputs.give("the state filter to show " + (state == null ? "every case" : state.word()),
                () -> onEdt(() -> combo.getSelectedItem() == state),
                () -> view.window.comboBox("caseStateFilter").selectItem(state == null ? 0 : 1 + state.ordinal()));
    }

    /** Chooses {@code item} in the list of the combo box {@code name}. */
    private void choose(String name, String item) throws InterruptedException {
        JComboBox<?> combo = view.window.comboBox(name).target();
        Inputs.give(name + " to show " + item, () -> onEdt(() -> item.equals(combo.getSelectedItem())),
                () -> view.window.comboBox(name).selectItem(item));
    }

    private List<String> sentences() {
        return onEdt(() -> {
            JTable table = view.window.table("events").target();
            List<String> sentences = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                sentences.add(table.getModel().getValueAt(row, EventsTableModel.SENTENCE_COLUMN).toString());
            }
            return sentences;
        });
    }

    @Test
    void exportsTheResultsToTheFileChosen() throws Exception {
        EchoBatches batches = start("--in-process");
        BatchView batch = batches.submit(batches.spec("export"), 5, i -> Map.of());
        daemon.awaitFinal(batch.id(), SAFETY);
        view.select(batch.id(), daemon);

        view.window.button("exportResultsButton").click();
        JFileChooserFixture chooser = JFileChooserFinder.findFileChooser("resultsFileChooser")
                .withTimeout(SAFETY.toMillis()).using(robot);
        Path csv = dir.resolve("exported.csv");
        Inputs.chooseFile(robot, chooser, csv);

        // the export may not have started when the chooser closes: wait for its last word, not for "Writing" to go
        await("the export to end", () -> {
            String status = view.window.label("batchStatus").text();
            return status.startsWith("Results written") || status.startsWith("Export failed");
        });
        view.window.label("batchStatus").requireText("Results written to " + csv);
        assertThat(Files.readAllLines(csv)).hasSize(6).anySatisfy(line -> assertThat(line).contains("case-5"));
    }

    @Test
    void theEventsTabListsWhatHappenedBeforeTheClientConnectedAndLoadsOlderPagesOnRequest() throws Exception {
        daemon = startDaemon("--in-process");
        EchoBatches batches = new EchoBatches(daemon, dir.resolve("out"));
        BatchView batch = batches.submit(batches.spec("earlier"), 600, i -> Map.of());
        daemon.awaitFinal(batch.id(), SAFETY);
        view = new BatchViewHarness(robot, daemon, (parent, file) -> opened.add(file));

        view.select(batch.id(), daemon);
        view.window.tabbedPane("batchTabs").selectTab("Events");
        int stored = 1 + 600 * 2 + 1;
        await("the newest page of events", () -> eventTypes().size() == EventsTab.PAGE);
        assertThat(eventTypes()).last().isEqualTo(Event.BATCH_FINISHED);
        view.window.label("eventsSummary").requireText("1000 events, the newest ones; older events are stored");

        view.window.button("olderEventsButton").requireEnabled().click();

        await("every stored event", () -> eventTypes().size() == stored);
        assertThat(eventTypes()).first().isEqualTo(Event.BATCH_SUBMITTED);
        assertThat(eventTypes()).filteredOn(Event.ITEM_SUCCEEDED::equals).hasSize(600);
        view.window.label("eventsSummary").requireText(stored + " events");
        view.window.button("olderEventsButton").requireDisabled();
    }

    @Test
    void eventsThatCouldNotLoadWithoutADaemonLoadWhenTheTabIsShownAgainAfterItReturns() throws Exception {
        EchoBatches batches = start("--in-process");
        BatchView batch = batches.submit(batches.spec("across-a-restart"), 3, i -> Map.of());
        daemon.awaitFinal(batch.id(), SAFETY);
        daemon.kill();
        await("the client to lose the daemon", () -> view.connectionState() != ConnectionState.CONNECTED);

        GuiActionRunner.execute(() -> view.panel.showBatch(batch));
        view.window.tabbedPane("batchTabs").selectTab("Events");
        await("the events to fail to load", () -> view.window.label("eventsSummary").text().equals("0 events"));
        assertThat(eventTypes()).isEmpty();

        daemon = startDaemon("--in-process");
        await("the client to reconnect", () -> view.connectionState() == ConnectionState.CONNECTED);
        view.window.tabbedPane("batchTabs").selectTab("Cases");
        await("the cases to load from the new daemon", () -> states().size() == 3
                && states().stream().allMatch(state -> state == ItemState.SUCCEEDED));
        view.window.tabbedPane("batchTabs").selectTab("Events");

        await("the batch's stored events", () -> eventTypes().size() == 1 + 3 * 2 + 1);
        assertThat(eventTypes()).first().isEqualTo(Event.BATCH_SUBMITTED);
    }

    @Test
    void deleteAsksFirstThenTheViewShowsNoBatch() throws Exception {
        EchoBatches batches = start("--in-process");
        BatchView batch = batches.submit(batches.spec("to-delete"), 3, i -> Map.of());
        daemon.awaitFinal(batch.id(), SAFETY);
        view.select(batch.id(), daemon);
        await("delete to be possible", () -> view.window.button("deleteButton").isEnabled());

        view.window.button("deleteButton").click();
        Inputs.answer(robot, "Delete batch", SAFETY);

        await("the view to show no batch", () -> onEdt(() -> view.panel.batch() == null));
        view.window.label("batchPlaceholder").requireVisible()
                .requireText("“to-delete” was deleted. Select a batch to see its cases.");
        Screenshots.save(view.window.target(), "batch-view-none");
        try (var client = daemon.client()) {
            assertThat(client.call(Protocol.BATCH_LIST, Json.object()))
                    .isEmpty();
        }
        assertThat(view.panel.actions().all()).noneMatch(action -> onEdt(action::isEnabled));
    }

    private List<ItemState> states() {
        return onEdt(() -> {
            JTable table = view.window.table("cases").target();
            List<ItemState> states = new ArrayList<>();
            for (int row = 0; row < table.getRowCount(); row++) {
                ItemView item = view.panel.casesModel().caseAt(row);
                states.add(item == null ? null : item.state());
            }
            return states;
        });
    }

    /** The case number in {@code row}, or -1 while its page loads. */
    private int seqAt(int row) {
        return onEdt(() -> {
            ItemView item = view.panel.casesModel().caseAt(row);
            return item == null ? -1 : item.seq();
        });
    }

    private static JLabel rendered(JTable table, int row, int column) {
        return onEdt(() -> (JLabel) table.prepareRenderer(table.getCellRenderer(row, column), row, column));
    }

    private static void clearClipboard() {
        GuiActionRunner.execute(() -> Toolkit.getDefaultToolkit().getSystemClipboard()
                .setContents(new StringSelection(""), null));
    }

    private static String clipboardText() {
        return onEdt(() -> {
            try {
                return (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
            } catch (UnsupportedFlavorException | java.io.IOException e) {
                return "";
            }
        });
    }

    private List<String> caseLabels() {
        return onEdt(() -> {
            List<String> labels = new ArrayList<>();
            for (int row = 0; row < view.panel.casesModel().getRowCount(); row++) {
                labels.add(String.valueOf(view.panel.casesModel().getValueAt(row, 1)));
            }
            return labels;
        });
    }

    private String errorOf(int row) {
        return onEdt(() -> view.panel.casesModel().caseAt(row).error());
    }

    private List<String> eventTypes() {
        return onEdt(() -> {
            EventsTableModel events = (EventsTableModel) view.window.table("events").target().getModel();
            List<String> types = new ArrayList<>();
            for (int row = 0; row < events.getRowCount(); row++) {
                types.add(events.eventAt(row).type());
            }
            return types;
        });
    }

    private static List<String> columnTitles(JTable table) {
        return onEdt(() -> {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < table.getColumnCount(); i++) {
                titles.add(table.getColumnName(i));
            }
            return titles;
        });
    }

    private static int columnIndex(JTable table, String title) {
        return columnTitles(table).indexOf(title);
    }

    /** Waits for {@code condition}; a failure says what the view and the screen showed at the time. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        try {
            OnEdt.until(what, SAFETY, condition);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the view shows " + onEdt(() -> view.panel.batch() == null
                    ? "no batch" : "batch " + view.panel.batch().id() + " " + view.panel.batch().state().word())
                    + ", its status line says \"" + onEdt(() -> view.window.label("batchStatus").target().getText())
                    + "\", its state filter shows " + onEdt(() -> view.window.comboBox("caseStateFilter").target()
                    .getSelectedItem()) + ", its cases are " + states() + " (null: not loaded)", e);
        }
    }
}
