package org.primebatch.swing.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.ResultCheck;

/** What the chart draws of a batch's succeeded cases, without a window. */
class ChartPlotTest {
    /** Beams of length L under the loads w = 10, 20, 30 kN/m; utilisation = L × w / 100. */
    private static final ChartData BEAMS = ChartData.of(beams());

    @Test
    void theDataKeepsEachCasesNumberNameNumbersAndTexts() {
        assertThat(BEAMS.size()).isEqualTo(9);
        assertThat(BEAMS.seqs()).startsWith(1, 2, 3);
        assertThat(BEAMS.names()[0]).isEqualTo("B01-IPE300-4m");
        assertThat(BEAMS.inputs().get("L")).startsWith(4, 4, 4, 5);
        assertThat(BEAMS.textInputs().get("section")).startsWith("IPE300", "IPE300", "IPE300");
        assertThat(BEAMS.inputAliases()).containsExactly("L", "w", "section");
        assertThat(BEAMS.inputUnits()).containsEntry("w", "kN/m");
    }

    @Test
    void withoutASeriesInputEveryCaseIsOneSeries() {
        ChartPlot plot = ChartPlot.of(BEAMS, "utilisation", "L", null, null);

        assertThat(plot.series()).singleElement().satisfies(series -> {
            assertThat(series.size()).isEqualTo(9);
            assertThat(series.xs()).startsWith(4, 4, 4, 5);
        });
        assertThat(plot.limits()).isEmpty();
    }

    @Test
    void aSeriesForEachValueOfTheSecondInputInOrderWithItsUnit() {
        ChartPlot plot = ChartPlot.of(BEAMS, "utilisation", "L", "w", null);

        assertThat(plot.series()).extracting(ChartPlot.Series::label)
                .containsExactly("w = 10 kN/m", "w = 20 kN/m", "w = 30 kN/m");
        ChartPlot.Series heaviest = plot.series().get(2);
        assertThat(heaviest.xs()).containsExactly(4, 5, 6);
        assertThat(heaviest.ys()).containsExactly(1.2, 1.5, 1.8);
        assertThat(plot.seqAt(2, 1)).isEqualTo(6);
        assertThat(plot.pointCount()).isEqualTo(9);
    }

    @Test
    void aTextInputMakesASeriesPerTextAsTheyCome() {
        ChartPlot plot = ChartPlot.of(BEAMS, "utilisation", null, "section", null);

        assertThat(plot.series()).extracting(ChartPlot.Series::label)
                .containsExactly("section = IPE300", "section = HEA200");
        assertThat(plot.series().get(0).xs()).containsExactly(1, 2, 3, 7, 8, 9);
    }

    @Test
    void beyondTheMostSeriesTheRestShareOne() {
        List<ItemView> items = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            items.add(item(i, "c" + i, Map.of("k", CaseValue.of(i, null)), Map.of("u", CaseValue.of(i / 10.0, null))));
        }
        ChartPlot plot = ChartPlot.of(ChartData.of(items), "u", null, "k", null);

        assertThat(plot.series()).hasSize(ChartPlot.MAX_SERIES);
        assertThat(plot.series().get(ChartPlot.MAX_SERIES - 1).label()).isEqualTo("other values of k");
        assertThat(plot.series().get(ChartPlot.MAX_SERIES - 1).size()).isEqualTo(20 - (ChartPlot.MAX_SERIES - 1));
        assertThat(plot.pointCount()).isEqualTo(20);
    }

    @Test
    void theTooltipNamesTheCaseAndItsValues() {
        assertThat(ChartPlot.of(BEAMS, "utilisation", "L", null, null).tooltip(0, 3))
                .isEqualTo("B01-HEA200-5m: L = 5 m, utilisation = 0.5");
        assertThat(ChartPlot.of(BEAMS, "utilisation", "L", "w", null).tooltip(0, 1))
                .isEqualTo("B01-HEA200-5m: L = 5 m, w = 10 kN/m, utilisation = 0.5");
        ChartData unnamed = ChartData.of(List.of(item(4, null, Map.of(), Map.of("u", CaseValue.of(0.4812345, null)))));
        assertThat(ChartPlot.of(unnamed, "u", null, null, null).tooltip(0, 0)).isEqualTo("Case 4: u = 0.4812");
    }

    @Test
    void theChecksLimitOnThePlottedOutputIsALine() {
        ResultCheck check = ResultCheck.parse("utilisation <= 1 and sigma < 235 MPa");

        ChartPlot plot = ChartPlot.of(BEAMS, "utilisation", "L", "w", check);
        assertThat(plot.limits()).singleElement().satisfies(limit -> {
            assertThat(limit.limit()).isEqualTo(1.0);
            assertThat(ChartPlot.label(limit)).isEqualTo("utilisation ≤ 1");
        });
        assertThat(ChartPlot.of(BEAMS, "sigma", "L", null, check).limits()).extracting(ResultCheck.Limit::limit)
                .containsExactly(235.0);
    }

    @Test
    void aLimitInAnotherUnitThanTheOutputIsNotDrawn() {
        ResultCheck check = ResultCheck.parse("sigma < 0.235 GPa");
        assertThat(ChartPlot.of(BEAMS, "sigma", "L", null, check).limits()).isEmpty();
        assertThat(ChartPlot.of(BEAMS, "utilisation", "L", null, check).limits()).isEmpty();
    }

    @Test
    void numbersReadAsAPersonWritesThem() {
        assertThat(ChartPlot.number(6)).isEqualTo("6");
        assertThat(ChartPlot.number(0.48)).isEqualTo("0.48");
        assertThat(ChartPlot.number(1.23456)).isEqualTo("1.235");
        assertThat(ChartPlot.number(-2.5)).isEqualTo("-2.5");
        assertThat(ChartPlot.number(1.5e-7)).isEqualTo("1.5E-7");
    }

    private static List<ItemView> beams() {
        List<ItemView> items = new ArrayList<>();
        int seq = 0;
        for (int length = 4; length <= 6; length++) {
            for (int load = 10; load <= 30; load += 10) {
                seq++;
                String section = length == 5 ? "HEA200" : "IPE300";
                Map<String, CaseValue> inputs = new LinkedHashMap<>();
                inputs.put("L", CaseValue.of(length, "m"));
                inputs.put("w", CaseValue.of(load, "kN/m"));
                inputs.put("section", CaseValue.of(section));
                Map<String, CaseValue> outputs = new LinkedHashMap<>();
                outputs.put("utilisation", CaseValue.of(length * load / 100.0, null));
                outputs.put("sigma", CaseValue.of(length * load, "MPa"));
                items.add(item(seq, "B01-" + section + "-" + length + "m", inputs, outputs));
            }
        }
        return items;
    }

    private static ItemView item(int seq, String name, Map<String, CaseValue> inputs, Map<String, CaseValue> outputs) {
        return new ItemView(1, seq, name, ItemState.SUCCEEDED, 1, inputs, outputs, List.of(), null, null, null);
    }
}
