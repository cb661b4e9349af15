package org.primebatch.swing.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.primebatch.api.ResultCheck;

/**
 * What the chart draws of {@link ChartData}: one output against the case number or an input, in one series or one per
 * value of a second input ("w = 10 kN/m"), with the limits the batch's check sets on that output; and what a point
 * says of its case.
 *
 * @param y        the output plotted
 * @param x        the input it is plotted against, or null for the case number
 * @param seriesBy the input whose values make the series, or null for one series
 * @param limits   the check's limits on {@code y} that apply to it in the unit it was read in
 */
record ChartPlot(ChartData data, String y, String x, String seriesBy, List<Series> series, List<ResultCheck.Limit> limits) {
    /** Beyond this many values of the series input, the rest share one series. */
    static final int MAX_SERIES = 12;
    static final String OTHER_VALUES = "other values";
    static final String NO_VALUE = "no value";

    /**
     * One series: its points, each with the index of its case in the data.
     */
    record Series(String label, double[] xs, double[] ys, int[] cases) {
        int size() {
            return xs.length;
        }
    }

    /** The plot of {@code y} against {@code x} (null: the case number), by {@code seriesBy} (null: one series). */
    static ChartPlot of(ChartData data, String y, String x, String seriesBy, ResultCheck check) {
        double[] ys = y == null ? null : data.outputs().get(y);
        if (ys == null) {
            return new ChartPlot(data, y, x, seriesBy, List.of(), List.of());
        }
        double[] xs = x == null ? null : data.inputs().get(x);
        if (x != null && xs == null) {
            return new ChartPlot(data, y, x, seriesBy, List.of(), List.of());
        }
        List<Group> groups = groups(data, seriesBy);
        List<Series> series = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Group group : groups) {
            List<Integer> cases = new ArrayList<>();
            for (int i : group.cases()) {
                double xValue = xs == null ? data.seqs()[i] : xs[i];
                if (!Double.isNaN(xValue) && !Double.isNaN(ys[i])) {
                    cases.add(i);
                }
            }
            if (cases.isEmpty()) {
                continue;
            }
            double[] px = new double[cases.size()];
            double[] py = new double[cases.size()];
            int[] pc = new int[cases.size()];
            for (int k = 0; k < cases.size(); k++) {
                int i = cases.get(k);
                px[k] = xs == null ? data.seqs()[i] : xs[i];
                py[k] = ys[i];
                pc[k] = i;
            }
            String label = group.label();
            for (int n = 2; !labels.add(label); n++) {
                label = group.label() + " (" + n + ")";
            }
            series.add(new Series(label, px, py, pc));
        }
        return new ChartPlot(data, y, x, seriesBy, List.copyOf(series), limits(check, y, data.outputUnits().get(y)));
    }

    /** The check's limits on {@code output} that can be compared with it as read in {@code unit}. */
    static List<ResultCheck.Limit> limits(ResultCheck check, String output, String unit) {
        if (check == null || output == null) {
            return List.of();
        }
        String readIn = unit == null || unit.isEmpty() ? null : unit;
        return check.limitsOn(output).stream().filter(limit -> ResultCheck.holdsUnit(limit, readIn)).toList();
    }

    /** The label of a limit's line: "utilisation ≤ 1". */
    static String label(ResultCheck.Limit limit) {
        String op = switch (limit.op()) {
            case "<=" -> "≤";
            case ">=" -> "≥";
            case "!=" -> "≠";
            case "==" -> "=";
            default -> limit.op();
        };
        return limit.alias() + " " + op + " " + number(limit.limit()) + (limit.unit() == null ? "" : " " + limit.unit());
    }

    int pointCount() {
        return series.stream().mapToInt(Series::size).sum();
    }

    /** The case number of a point. */
    int seqAt(int seriesIndex, int item) {
        return data.seqs()[series.get(seriesIndex).cases()[item]];
    }

    /** What a point says of its case: "B01-IPE300-6m: L = 6 m, utilisation = 0.48". */
    String tooltip(int seriesIndex, int item) {
        int i = series.get(seriesIndex).cases()[item];
        String name = data.names()[i];
        List<String> values = new ArrayList<>();
        if (x != null) {
            values.add(x + " = " + withUnit(data.inputs().get(x)[i], data.inputUnits().get(x)));
        }
        if (seriesBy != null && !seriesBy.equals(x)) {
            values.add(seriesBy + " = " + inputText(data, seriesBy, i));
        }
        values.add(y + " = " + withUnit(data.outputs().get(y)[i], data.outputUnits().get(y)));
        String who = name == null || name.isBlank() ? "Case " + data.seqs()[i] : name;
        return who + ": " + String.join(", ", values);
    }

    private record Group(String label, List<Integer> cases) {
    }

    private static List<Group> groups(ChartData data, String seriesBy) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            all.add(i);
        }
        if (seriesBy == null) {
            return List.of(new Group("cases", all));
        }
        double[] numbers = data.inputs().get(seriesBy);
        String[] texts = data.textInputs().get(seriesBy);
        Map<Object, List<Integer>> byValue = new LinkedHashMap<>();
        for (int i : all) {
            Object key = numbers != null && !Double.isNaN(numbers[i]) ? (Object) numbers[i]
                    : texts != null && texts[i] != null ? texts[i] : NO_VALUE;
            byValue.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Object> keys = new ArrayList<>(byValue.keySet());
        // numbers in order, then texts as they first come, then the cases without a value
        keys.sort(Comparator.comparingInt((Object key) -> key instanceof Double ? 0 : key == NO_VALUE ? 2 : 1)
                .thenComparingDouble(key -> key instanceof Double d ? d : 0));
        List<Group> groups = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        String unit = data.inputUnits().get(seriesBy);
        for (Object key : keys) {
            if (groups.size() < MAX_SERIES - 1 || keys.size() <= MAX_SERIES) {
                String value = key == NO_VALUE ? NO_VALUE : key instanceof Double d ? withUnit(d, unit) : (String) key;
                groups.add(new Group(seriesBy + " = " + value, byValue.get(key)));
            } else {
                others.addAll(byValue.get(key));
            }
        }
        if (!others.isEmpty()) {
            others.sort(null);
            groups.add(new Group(OTHER_VALUES + " of " + seriesBy, others));
        }
        return groups;
    }

    private static String inputText(ChartData data, String alias, int i) {
        double[] numbers = data.inputs().get(alias);
        if (numbers != null && !Double.isNaN(numbers[i])) {
            return withUnit(numbers[i], data.inputUnits().get(alias));
        }
        String[] texts = data.textInputs().get(alias);
        return texts != null && texts[i] != null ? texts[i] : NO_VALUE;
    }

    static String withUnit(double value, String unit) {
        return number(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
    }

    /** A number as a person writes it: "6", "0.48", "1.235", "1.2E+12" (at most four significant digits past the point). */
    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e12 ? rounded.toPlainString() : rounded.toString().toUpperCase(Locale.ROOT);
    }
}
