package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.RowSorter.SortKey;
import javax.swing.SortOrder;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Counts;
import org.primebatch.api.Designated;
import org.primebatch.api.ItemOrder;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Priority;
import org.primebatch.swing.batch.CaseColumn.CheckCell;
import org.primebatch.swing.batch.CaseColumn.ValueCell;

/**
 * The cases grid's model without a daemon: the columns of a batch in the worksheet's order, sorting through the
 * table's row sorter, the text a copy gives, and hidden columns. Pages come from a list held in memory.
 */
class CasesGridTest {
    private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

    /** Cases in memory: keyset pages by seq, sorted pages by utilisation (the only order these tests ask for). */
    private static final class Pages implements CasePageSource {
        final List<ItemView> items;
        final List<String> asked = new CopyOnWriteArrayList<>();

        Pages(List<ItemView> items) {
            this.items = items;
        }

        @Override
        public CompletableFuture<CasePage> load(long batch, int after, int limit, ItemState state) {
            asked.add("after " + after);
            List<ItemView> page = items.stream().filter(item -> item.seq() > after).limit(limit).toList();
            return CompletableFuture.completedFuture(new CasePage(page, page.size() == limit ? page.get(limit - 1).seq() : null));
        }

        @Override
        public CompletableFuture<CasePage> load(long batch, ItemOrder order, int offset, int limit, ItemState state) {
            asked.add(order.by().word() + (order.alias() == null ? "" : " " + order.alias())
                    + (order.descending() ? " descending" : "") + " from " + offset);
            List<ItemView> sorted = sorted(order);
            List<ItemView> page = sorted.stream().skip(offset).limit(limit).toList();
            return CompletableFuture.completedFuture(new CasePage(page,
                    offset + limit < sorted.size() ? offset + limit : null, offset));
        }

        private List<ItemView> sorted(ItemOrder order) {
            Comparator<ItemView> byValue = Comparator.comparingDouble(item -> item.outputs() == null
                    ? Double.NaN : item.outputs().get(order.alias()).value().asDouble());
            List<ItemView> withValue = new ArrayList<>(items.stream().filter(item -> item.outputs() != null).toList());
            withValue.sort(order.descending() ? byValue.reversed() : byValue);
            items.stream().filter(item -> item.outputs() == null).forEach(withValue::add);
            return withValue;
        }
    }

    /** Four beams: the second fails its check, the fourth failed; L is left blank by the third. */
    private static List<ItemView> beams() {
        List<ItemView> items = new ArrayList<>();
        double[] lengths = {6, 8, Double.NaN, 10};
        double[] utilisations = {0.5, 1.23456789, 0.75, Double.NaN};
        double[] moments = {50, 123.5, 75, Double.NaN};
        for (int i = 0; i < 4; i++) {
            Map<String, CaseValue> inputs = new LinkedHashMap<>();
            if (!Double.isNaN(lengths[i])) {
                inputs.put("L", CaseValue.of(lengths[i], "m"));
            }
            inputs.put("w", CaseValue.of(12.5, "kN/m"));
            Map<String, CaseValue> outputs = null;
            if (!Double.isNaN(utilisations[i])) {
                outputs = new LinkedHashMap<>();
                outputs.put("utilisation", CaseValue.of(utilisations[i], null));
                outputs.put("M_max", CaseValue.of(moments[i], "kN*m"));
            }
            boolean failed = outputs == null;
            items.add(new ItemView(7, i + 1, "beam-" + (i + 1), failed ? ItemState.FAILED : ItemState.SUCCEEDED, 1,
                    inputs, outputs, failed ? List.of() : List.of("beam-" + (i + 1) + ".pdf"),
                    failed ? "no convergence:\n\"M\" diverged" : null, T0, T0.plusMillis(116 + 1000L * i)));
        }
        return items;
    }

    private static BatchView batch(List<ItemView> items) {
        Designated designated = new Designated(Map.of("L", CaseValue.of(7, "m")), List.of("M_max", "utilisation"));
        BatchSpec spec = new BatchSpec("beams", "/work/beam.mcdx", "native", "/work/out", List.of("pdf"), null,
                Priority.NORMAL, 0, null, null, null, null, null, null, designated, "utilisation <= 1");
        return new BatchView(7, BatchState.FAILED, spec, new Counts(items.size(), 0, 0, 3, 1, 0, 0, 1), T0, T0, T0, null);
    }

    private static <T> T onEdt(Callable<T> task) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(task.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    /** The model showing the beams, its first page loaded. */
    private static CasesTableModel shown(Pages pages) throws Exception {
        CasesTableModel model = onEdt(() -> {
            CasesTableModel m = new CasesTableModel(pages, 500, error -> {
                throw new AssertionError(error);
            });
            m.show(batch(pages.items));
            m.caseAt(0);
            return m;
        });
        onEdt(() -> null); // the page's answer is handled on the event dispatch thread
        return model;
    }

    private static List<String> titles(CasesTableModel model) throws Exception {
        return onEdt(() -> {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < model.getColumnCount(); i++) {
                titles.add(model.getColumnName(i));
            }
            return titles;
        });
    }

    @Test
    void columnsFollowTheWorksheetWithTheResultsFirst() throws Exception {
        CasesTableModel model = shown(new Pages(beams()));
        // designated: outputs M_max, utilisation; input L, its unit the worksheet's until a case gives one
        assertThat(titles(model)).containsExactly("#", "Case", "State", "M_max [kN*m]", "utilisation", "Check", "L [m]",
                "w [kN/m]", "Error", "Duration", "Attempts", "Artifacts");
        assertThat(onEdt(() -> model.getValueAt(0, 0))).isEqualTo(1);
        assertThat(onEdt(() -> model.getValueAt(0, 1))).isEqualTo("beam-1");
        assertThat(onEdt(() -> model.getValueAt(0, 2))).isEqualTo(ItemState.SUCCEEDED);
    }

    @Test
    void outputsFailingTheCheckAndTheCheckColumnSayWhy() throws Exception {
        CasesTableModel model = shown(new Pages(beams()));
        int utilisation = onEdt(() -> model.columnIndex("out:utilisation"));
        int moment = onEdt(() -> model.columnIndex("out:M_max"));
        int check = onEdt(() -> model.columnIndex("check"));
        ValueCell failing = (ValueCell) onEdt(() -> model.getValueAt(1, utilisation));
        assertThat(failing.fails()).isTrue();
        assertThat(failing.failing()).containsExactly("utilisation <= 1");
        assertThat(failing.shown(4)).isEqualTo("1.235");
        assertThat(failing.full()).isEqualTo("1.23456789");
        assertThat(((ValueCell) onEdt(() -> model.getValueAt(1, moment))).fails()).isFalse();
        assertThat(((ValueCell) onEdt(() -> model.getValueAt(0, utilisation))).fails()).isFalse();
        assertThat(onEdt(() -> model.getValueAt(0, check))).isEqualTo(new CheckCell(true, List.of()));
        CheckCell fails = (CheckCell) onEdt(() -> model.getValueAt(1, check));
        assertThat(fails.passes()).isFalse();
        assertThat(fails.reasons()).containsExactly("utilisation <= 1 fails: utilisation = 1.23456789");
        assertThat(onEdt(() -> model.getValueAt(3, check))).as("a failed case has no verdict").isNull();
    }

    @Test
    void anInputACaseLeftBlankShowsTheWorksheetsValue() throws Exception {
        CasesTableModel model = shown(new Pages(beams()));
        int length = onEdt(() -> model.columnIndex("in:L"));
        ValueCell blank = (ValueCell) onEdt(() -> model.getValueAt(2, length));
        assertThat(blank.fromWorksheet()).isTrue();
        assertThat(blank.full()).isEqualTo("7");
        assertThat(((ValueCell) onEdt(() -> model.getValueAt(1, length))).fromWorksheet()).isFalse();
    }

    @Test
    void aClickOnAHeaderSortsEveryCaseThroughTheDaemonAscendingThenDescending() throws Exception {
        Pages pages = new Pages(beams());
        CasesTableModel model = shown(pages);
        CasesSorter sorter = onEdt(() -> new CasesSorter(model));
        List<String> events = new CopyOnWriteArrayList<>();
        sorter.addRowSorterListener(event -> events.add(event.getType().name()));
        int utilisation = onEdt(() -> model.columnIndex("out:utilisation"));
        assertThat(onEdt(sorter::getSortKeys)).containsExactly(new SortKey(0, SortOrder.ASCENDING));

        onEdt(() -> {
            sorter.toggleSortOrder(utilisation);
            return null;
        });
        assertThat(onEdt(model::order)).isEqualTo(ItemOrder.output("utilisation", false));
        assertThat(onEdt(sorter::getSortKeys)).containsExactly(new SortKey(utilisation, SortOrder.ASCENDING));
        assertThat(events).containsExactly("SORT_ORDER_CHANGED");
        assertThat(seqs(model)).containsExactly(1, 3, 2, 4);

        onEdt(() -> {
            sorter.toggleSortOrder(utilisation);
            return null;
        });
        assertThat(onEdt(sorter::getSortKeys)).containsExactly(new SortKey(utilisation, SortOrder.DESCENDING));
        assertThat(seqs(model)).containsExactly(2, 3, 1, 4);
        assertThat(pages.asked).containsExactly("after 0", "output utilisation from 0",
                "output utilisation descending from 0");
        assertThat(onEdt(() -> model.rowOf(3).get(1, TimeUnit.SECONDS))).isEqualTo(1);

        int artifacts = onEdt(() -> model.columnIndex("artifacts"));
        onEdt(() -> {
            sorter.toggleSortOrder(artifacts);
            return null;
        });
        assertThat(onEdt(model::order)).as("artifacts do not sort").isEqualTo(ItemOrder.output("utilisation", true));
        onEdt(() -> {
            sorter.setSortKeys(List.of());
            return null;
        });
        assertThat(onEdt(model::order)).isEqualTo(ItemOrder.SEQ);
        assertThat(seqs(model)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void copiedRowsAreTabSeparatedWithTheirHeaderInFullPrecision() throws Exception {
        CasesTableModel model = shown(new Pages(beams()));
        List<ItemView> items = onEdt(() -> model.casesAt(new int[] {1, 2, 3})).get(1, TimeUnit.SECONDS);
        String text = onEdt(() -> CasesText.of(model.visibleColumns(), items, model.context()));
        assertThat(text).isEqualTo(""
                + "#\tCase\tState\tM_max [kN*m]\tutilisation\tCheck: utilisation <= 1\tL [m]\tw [kN/m]\tError\tDuration [s]\t"
                + "Attempts\tArtifacts\n"
                + "2\tbeam-2\tsucceeded\t123.5\t1.23456789\tfail\t8\t12.5\t\t1.116\t1\t" + Path.of("/work/out/beam-2.pdf")
                + "\n"
                + "3\tbeam-3\tsucceeded\t75\t0.75\tpass\t7\t12.5\t\t2.116\t1\t" + Path.of("/work/out/beam-3.pdf") + "\n"
                + "4\tbeam-4\tfailed\t\t\t\t10\t12.5\t\"no convergence:\n\"\"M\"\" diverged\"\t3.116\t1\t\n");
    }

    @Test
    void hiddenColumnsAreLeftOutOfTheTableAndTheCopyAndComeBack() throws Exception {
        CasesTableModel model = shown(new Pages(beams()));
        onEdt(() -> {
            model.setColumnVisible("attempts", false);
            model.setColumnVisible("in:w", false);
            model.setColumnVisible("seq", false);
            return null;
        });
        assertThat(titles(model)).containsExactly("#", "Case", "State", "M_max [kN*m]", "utilisation", "Check", "L [m]",
                "Error", "Duration", "Artifacts");
        assertThat(onEdt(() -> model.isHidden("in:w"))).isTrue();
        List<ItemView> items = onEdt(() -> model.casesAt(new int[] {0})).get(1, TimeUnit.SECONDS);
        assertThat(onEdt(() -> CasesText.of(model.visibleColumns(), items, model.context())).lines().findFirst())
                .hasValue("#\tCase\tState\tM_max [kN*m]\tutilisation\tCheck: utilisation <= 1\tL [m]\tError\tDuration [s]\t"
                        + "Artifacts");
        assertThat(onEdt(() -> model.allColumns().size())).isEqualTo(12);
        onEdt(() -> {
            model.showAllColumns();
            return null;
        });
        assertThat(titles(model)).contains("Attempts", "w [kN/m]");
    }

    @Test
    void hiddenColumnsAreRememberedFixedOnesEverywhereValuesByWorksheet() throws Exception {
        GridSettings settings = onEdt(GridSettings::new);
        List<GridPreferences> saved = new CopyOnWriteArrayList<>();
        onEdt(() -> {
            settings.addChangeListener(saved::add);
            return null;
        });
        Pages pages = new Pages(beams());
        CasesTableModel model = onEdt(() -> {
            CasesTableModel m = new CasesTableModel(pages, 500, error -> { });
            m.setHiddenColumns(settings);
            m.show(batch(pages.items));
            m.setColumnVisible("attempts", false);
            m.setColumnVisible("out:M_max", false);
            return m;
        });
        GridPreferences preferences = onEdt(settings::get);
        assertThat(preferences.hidden()).containsExactly("attempts");
        assertThat(preferences.hiddenByWorksheet()).isEqualTo(Map.of("/work/beam.mcdx", Set.of("out:M_max")));
        assertThat(preferences.hiddenIn("/other.mcdx")).containsExactly("attempts");
        assertThat(saved).hasSize(2).last().isEqualTo(preferences);

        // another model, as in the next run: the batch of the same worksheet hides the same columns
        CasesTableModel again = onEdt(() -> {
            CasesTableModel m = new CasesTableModel(pages, 500, error -> { });
            m.setHiddenColumns(settings);
            m.show(batch(pages.items));
            return m;
        });
        assertThat(titles(again)).doesNotContain("Attempts", "M_max").contains("utilisation");
        assertThat(titles(model)).isEqualTo(titles(again));

        onEdt(() -> {
            settings.setSignificantFigures(6);
            return null;
        });
        assertThat(onEdt(() -> settings.significantFigureActions().stream()
                .filter(action -> Boolean.TRUE.equals(action.getValue(javax.swing.Action.SELECTED_KEY)))
                .map(action -> action.getValue(javax.swing.Action.NAME)).toList()))
                .containsExactly("6 significant figures");
    }

    @Test
    void theHeaderCountsTheCasesThatFailTheCheck() {
        assertThat(BatchHeader.check(new Counts(20, 0, 0, 18, 2, 0, 0, 3), "utilisation <= 1"))
                .isEqualTo("3 cases fail utilisation <= 1");
        assertThat(BatchHeader.check(new Counts(20, 0, 0, 18, 2, 0, 0, 1), "utilisation <= 1"))
                .isEqualTo("1 case fails utilisation <= 1");
        assertThat(BatchHeader.check(new Counts(20, 0, 0, 18, 2, 0, 0, 0), "utilisation <= 1"))
                .isEqualTo("all 18 succeeded cases pass utilisation <= 1");
        assertThat(BatchHeader.check(new Counts(20, 20, 0, 0, 0, 0, 0, 0), "utilisation <= 1"))
                .isEqualTo("no case checked yet against utilisation <= 1");
    }

    private static List<Integer> seqs(CasesTableModel model) throws Exception {
        onEdt(() -> model.caseAt(0));
        onEdt(() -> null);
        return onEdt(() -> {
            List<Integer> seqs = new ArrayList<>();
            for (int row = 0; row < model.getRowCount(); row++) {
                seqs.add(model.caseAt(row).seq());
            }
            return seqs;
        });
    }
}
