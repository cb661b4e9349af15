package org.primebatch.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check an engineer sets on a batch's results, such as {@code utilisation <= 1} or
 * {@code sigma < 235 MPa and delta_max <= 20 mm}: one or more comparisons of an output with a limit, all of which must
 * hold. A limit with a unit is compared only with an output read in that same unit (a batch can ask an output's unit);
 * a limit without one is compared with the output's number as it comes. A case whose calculation succeeded can still
 * fail its check; a case that did not succeed has no verdict.
 */
public record ResultCheck(String text, List<Limit> limits) {
    private static final Pattern COMPARISON = Pattern.compile(
            "\\s*(" + InputSyntax.ALIAS_REGEX + ")\\s*(<=|>=|==|!=|<|>|≤|≥)\\s*(" + InputSyntax.decimal("[.,]") + ")\\s*([^\\s].*?)?\\s*");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+|\\s*;\\s*|\\s*&&\\s*", Pattern.CASE_INSENSITIVE);

    /** What a check says of one case. */
    public enum Verdict {
        PASS, FAIL,
        /** the case has no result to judge (not succeeded), or lacks an output the check names */
        NONE
    }

    /** One comparison: {@code alias op limit [unit]}. */
    public record Limit(String alias, String op, double limit, String unit) {
        public boolean holds(double value) {
            return switch (op) {
                case "<=" -> value <= limit;
                case "<" -> value < limit;
                case ">=" -> value >= limit;
                case ">" -> value > limit;
                case "==" -> value == limit;
                default -> value != limit;
            };
        }

        /** The comparison as written back: {@code utilisation <= 1}. */
        public String display() {
            String number = limit == Math.rint(limit) && Math.abs(limit) < 1e15 ? String.valueOf((long) limit) : String.valueOf(limit);
            return alias + " " + op + " " + number + (unit == null ? "" : " " + unit);
        }
    }

    public ResultCheck {
        limits = List.copyOf(limits);
    }

    /**
     * The check {@code text} says, or null when it is blank.
     *
     * @throws IllegalArgumentException saying what is wrong and how a check is written
     */
    public static ResultCheck parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > 2_000) {
            throw new IllegalArgumentException("check is too long (" + text.length() + " characters; at most 2000)");
        }
        List<Limit> limits = new ArrayList<>();
        for (String part : AND.split(text.strip())) {
            Matcher m = COMPARISON.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("check \"" + part.strip() + "\" is not a comparison; write OUTPUT OP LIMIT "
                        + "[UNIT] with OP one of <= < >= > == !=, several joined by \"and\": utilisation <= 1 and sigma < 235 MPa");
            }
            String op = switch (m.group(2)) {
                case "≤" -> "<=";
                case "≥" -> ">=";
                default -> m.group(2);
            };
            double limit = Double.parseDouble(m.group(3).replace(',', '.'));
            if (!Double.isFinite(limit)) {
                throw new IllegalArgumentException("check \"" + part.strip() + "\": the limit is not a finite number");
            }
            limits.add(new Limit(m.group(1), op, limit, m.group(4) == null || m.group(4).isBlank() ? null : m.group(4).strip()));
        }
        return new ResultCheck(text.strip(), limits);
    }

    /** The check written in its normal form, comparisons joined by {@code and}. */
    public String display() {
        return String.join(" and ", limits.stream().map(Limit::display).toList());
    }

    /** What the check says of a case with these outputs; a case that did not succeed is {@link Verdict#NONE}. */
    public Verdict verdict(ItemState state, Map<String, CaseValue> outputs) {
        if (state != ItemState.SUCCEEDED || outputs == null) {
            return Verdict.NONE;
        }
        boolean all = true;
        for (Limit limit : limits) {
            Boolean holds = holds(limit, outputs.get(limit.alias()));
            if (holds == null) {
                return Verdict.NONE;
            }
            all &= holds;
        }
        return all ? Verdict.PASS : Verdict.FAIL;
    }

    /** Whether {@code limit} holds for {@code value}; null when the value is missing, not a number or in another unit. */
    public static Boolean holds(Limit limit, CaseValue value) {
        if (value == null || !value.value().isNumber()) {
            return null;
        }
        if (!holdsUnit(limit, value.unit())) {
            return null;
        }
        return limit.holds(value.value().asDouble());
    }

    /** The limits on {@code alias}: a chart draws them as lines. */
    public List<Limit> limitsOn(String alias) {
        return limits.stream().filter(l -> l.alias().equals(alias)).toList();
    }

    /** Whether a value read in {@code unit} can be compared with {@code limit}: the limit has no unit, or that one. */
    public static boolean holdsUnit(Limit limit, String unit) {
        return limit.unit() == null || unit != null && limit.unit().replace(" ", "").equals(unit.replace(" ", ""));
    }
}
