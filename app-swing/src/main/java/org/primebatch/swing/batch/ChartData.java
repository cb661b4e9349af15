package org.primebatch.swing.batch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;

/**
 * The numeric inputs and outputs of a batch's succeeded cases, one array per alias indexed like {@link #seqs()}
 * ({@code NaN} where a case has no number), with the unit of each alias; the cases' names; and the inputs that are
 * text (a section, a load case) as text, null where a case has none.
 */
record ChartData(int[] seqs, String[] names, Map<String, double[]> inputs, Map<String, double[]> outputs,
                 Map<String, String> inputUnits, Map<String, String> outputUnits, Map<String, String[]> textInputs) {
    static final int PAGE = 1000;
    static final ChartData EMPTY = new ChartData(new int[0], new String[0], Map.of(), Map.of(), Map.of(), Map.of(),
            Map.of());

    /** The data of these cases, in their order. */
    static ChartData of(List<ItemView> items) {
        Collector collector = new Collector();
        items.forEach(collector::add);
        return collector.data();
    }

    /** Every input a series can be drawn by: the numeric ones, then those that are text. */
    List<String> inputAliases() {
        List<String> aliases = new ArrayList<>(inputs.keySet());
        textInputs.keySet().stream().filter(alias -> !inputs.containsKey(alias)).forEach(aliases::add);
        return aliases;
    }

    int size() {
        return seqs.length;
    }

    /** Loads every succeeded case of {@code batch}, page after page; the pages are read off the event dispatch thread. */
    static CompletableFuture<ChartData> load(CasePageSource source, long batch) {
        return next(source, batch, 0, new Collector());
    }

    private static CompletableFuture<ChartData> next(CasePageSource source, long batch, int after, Collector collector) {
        return source.load(batch, after, PAGE, ItemState.SUCCEEDED).thenCompose(page -> {
            page.items().forEach(collector::add);
            return page.isLast() ? CompletableFuture.completedFuture(collector.data())
                    : next(source, batch, page.next(), collector);
        });
    }

    /** Builds the arrays; used by one page at a time, never at once. */
    private static final class Collector {
        private final List<Integer> seqs = new ArrayList<>();
        private final List<String> names = new ArrayList<>();
        private final Map<String, List<String>> texts = new LinkedHashMap<>();
        private final Map<String, List<Double>> inputs = new LinkedHashMap<>();
        private final Map<String, List<Double>> outputs = new LinkedHashMap<>();
        private final Map<String, String> inputUnits = new LinkedHashMap<>();
        private final Map<String, String> outputUnits = new LinkedHashMap<>();

        void add(ItemView item) {
            int index = seqs.size();
            seqs.add(item.seq());
            names.add(item.name());
            put(inputs, inputUnits, item.inputs(), index);
            putTexts(item.inputs(), index);
            put(outputs, outputUnits, item.outputs(), index);
        }

        private static void put(Map<String, List<Double>> columns, Map<String, String> units, Map<String, CaseValue> values,
                                int index) {
            if (values == null) {
                return;
            }
            values.forEach((alias, value) -> {
                if (value == null || !value.value().isNumber()) {
                    return;
                }
                List<Double> column = columns.computeIfAbsent(alias, a -> new ArrayList<>());
                while (column.size() < index) {
                    column.add(Double.NaN);
                }
                column.add(value.value().asDouble());
                units.putIfAbsent(alias, value.unit());
            });
        }

        private void putTexts(Map<String, CaseValue> values, int index) {
            if (values == null) {
                return;
            }
            values.forEach((alias, value) -> {
                if (value == null || !value.value().isTextual()) {
                    return;
                }
                List<String> column = texts.computeIfAbsent(alias, a -> new ArrayList<>());
                while (column.size() < index) {
                    column.add(null);
                }
                column.add(value.value().asText());
            });
        }

        ChartData data() {
            int[] seqArray = seqs.stream().mapToInt(Integer::intValue).toArray();
            Map<String, String[]> textArrays = new LinkedHashMap<>();
            texts.forEach((alias, column) -> {
                String[] array = new String[seqArray.length];
                for (int i = 0; i < column.size(); i++) {
                    array[i] = column.get(i);
                }
                textArrays.put(alias, array);
            });
            return new ChartData(seqArray, names.toArray(String[]::new), arrays(inputs, seqArray.length),
                    arrays(outputs, seqArray.length), units(inputUnits), units(outputUnits), textArrays);
        }

        private static Map<String, double[]> arrays(Map<String, List<Double>> columns, int size) {
            Map<String, double[]> arrays = new LinkedHashMap<>();
            columns.forEach((alias, column) -> {
                double[] array = new double[size];
                Arrays.fill(array, Double.NaN);
                for (int i = 0; i < column.size(); i++) {
                    array[i] = column.get(i);
                }
                arrays.put(alias, array);
            });
            return arrays;
        }

        private static Map<String, String> units(Map<String, String> units) {
            Map<String, String> copy = new LinkedHashMap<>();
            units.forEach((alias, unit) -> copy.put(alias, unit == null ? "" : unit));
            return copy;
        }
    }
}
