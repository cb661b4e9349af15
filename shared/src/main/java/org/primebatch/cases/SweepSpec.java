package org.primebatch.cases;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primebatch.api.CaseValue;

/** Parses the text of one sweep; see {@link Sweep#parse}. */
final class SweepSpec {
    private static final String NUMBER = "[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?";
    private static final Pattern ASSIGNMENT = Pattern.compile("\\s*([^=]*?)\\s*=\\s*(.*?)\\s*", Pattern.DOTALL);
    private static final Pattern RANGE = Pattern.compile(
            "(" + NUMBER + ")\\s*\\.\\.\\s*(" + NUMBER + ")(?:\\s+step\\s+(" + NUMBER + "))?(?:\\s+(\\S+))?",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");
    private static final BigDecimal MAX_STEPS = BigDecimal.valueOf(Long.MAX_VALUE / 2);
    private static final String EXAMPLES = "alias=from..to [step s] [unit] or alias=a,b,c [unit],"
            + " e.g. \"L=2..10 step 0.5 m\" or \"w=10,20,30 kN/m\"";

    private final String spec;

    private SweepSpec(String spec) {
        this.spec = spec;
    }

    static Sweep parse(String spec) {
        if (spec == null) {
            throw new SweepException("no sweep given; write " + EXAMPLES);
        }
        return new SweepSpec(spec).parse();
    }

    private Sweep parse() {
        Matcher assignment = ASSIGNMENT.matcher(spec);
        if (!assignment.matches()) {
            throw problem("no \"=\"; write " + EXAMPLES);
        }
        String alias = assignment.group(1);
        String values = assignment.group(2);
        if (!Header.isAlias(alias)) {
            throw problem("\"" + alias + "\" is " + Header.NOT_AN_ALIAS);
        }
        if (values.isEmpty()) {
            throw problem("no values after \"=\"; write " + EXAMPLES);
        }
        if (values.contains("..")) {
            return range(alias, values);
        }
        return list(alias, values);
    }

    private Sweep range(String alias, String text) {
        Matcher range = RANGE.matcher(text);
        if (!range.matches()) {
            throw problem("not a range; write from..to [step s] [unit], e.g. \"L=2..10 step 0.5 m\"");
        }
        BigDecimal from = finite(range.group(1));
        BigDecimal to = finite(range.group(2));
        BigDecimal span = to.subtract(from);
        BigDecimal step = range.group(3) != null ? finite(range.group(3))
                : span.signum() < 0 ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        String unit = range.group(4);
        if (step.signum() == 0) {
            throw problem("step 0 never reaches the end of the range");
        }
        if (span.signum() != 0 && span.signum() != step.signum()) {
            throw problem("step " + range.group(3) + " leads away from " + range.group(2)
                    + (step.signum() > 0 ? "; count down with a negative step" : "; count up with a positive step"));
        }
        BigDecimal steps = span.divide(step, MathContext.DECIMAL128);
        if (steps.compareTo(MAX_STEPS) > 0) {
            throw problem("more than " + MAX_STEPS + " values");
        }
        BigDecimal nearest = steps.setScale(0, RoundingMode.HALF_UP);
        boolean endOnStep = steps.subtract(nearest).abs().compareTo(TOLERANCE) <= 0;
        long whole = endOnStep ? nearest.longValueExact() : steps.setScale(0, RoundingMode.FLOOR).longValueExact();
        return new RangeSweep(alias, unit, from, to, step, whole + 1, endOnStep);
    }

    private Sweep list(String alias, String text) {
        List<String> items = items(text);
        String unit = null;
        String last = items.get(items.size() - 1);
        int space = lastWhitespace(last);
        if (space > 0) {
            List<String> withoutUnit = new ArrayList<>(items.subList(0, items.size() - 1));
            withoutUnit.add(last.substring(0, space).strip());
            if (allNumbersOrMatrices(alias, withoutUnit)) {
                items = withoutUnit;
                unit = last.substring(space).strip();
            }
        }
        CellValues cells = new CellValues(false);
        Column column = new Column(alias, unit);
        List<CaseValue> values = new ArrayList<>();
        for (String item : items) {
            try {
                values.add(cells.parse(item, column));
            } catch (IllegalArgumentException e) {
                throw problem(e.getMessage());
            }
        }
        return new ListSweep(alias, unit, values);
    }

    /** The comma-separated items, splitting only outside matrix brackets. */
    private List<String> items(String text) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && (depth == 0 || i == text.length())) {
                String item = text.substring(start, i).strip();
                if (item.isEmpty()) {
                    throw problem("empty value at position " + (items.size() + 1) + " of the list");
                }
                items.add(item);
                start = i + 1;
            }
        }
        return items;
    }

    private static boolean allNumbersOrMatrices(String alias, List<String> items) {
        CellValues cells = new CellValues(false);
        Column column = new Column(alias, null);
        for (String item : items) {
            try {
                if (item.isEmpty() || cells.parse(item, column).value().isTextual()) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static int lastWhitespace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private BigDecimal finite(String number) {
        BigDecimal value = new BigDecimal(number);
        if (Double.isInfinite(value.doubleValue())) {
            throw problem("number out of range: \"" + number + "\"");
        }
        return value;
    }

    private SweepException problem(String message) {
        return new SweepException("sweep \"" + spec + "\": " + message);
    }
}
