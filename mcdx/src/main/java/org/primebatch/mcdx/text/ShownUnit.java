package org.primebatch.mcdx.text;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.UnitException;
import org.primebatch.mcdx.units.UnitExpression;
import org.primebatch.mcdx.units.Units;

/** A unit values are shown in: its text as typed and what one of it is in SI. */
record ShownUnit(String text, double factor, double offset, Dimension dimension) {
    private static final Map<Dimension, String> DERIVED = Map.of(
            Dimension.of(1, 1, -2, 0, 0, 0, 0), "N",
            Dimension.of(-1, 1, -2, 0, 0, 0, 0), "Pa",
            Dimension.of(2, 1, -2, 0, 0, 0, 0), "J",
            Dimension.of(2, 1, -3, 0, 0, 0, 0), "W",
            Dimension.of(2, 1, -3, -1, 0, 0, 0), "V",
            Dimension.of(0, 0, 1, 1, 0, 0, 0), "C",
            Dimension.of(2, 1, -3, -2, 0, 0, 0), "Ω");
    private static final Pattern POWER = Pattern.compile("\\^(-?\\d+)");

    static ShownUnit of(DisplayUnit unit, String typed) {
        return new ShownUnit(typed == null || typed.isBlank() ? unit.expression() : typed, unit.factor(), unit.offset(),
                unit.dimension());
    }

    /** A unit typed in the worksheet, such as {@code kN/m} or {@code cm⁴}, when the unit table knows it. */
    static Optional<ShownUnit> typed(String text) {
        try {
            UnitExpression unit = Units.parse(text);
            return Optional.of(new ShownUnit(text, unit.factor(), unit.offset(), unit.dimension()));
        } catch (UnitException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** SI: a named derived unit where one fits ({@code N}, {@code Pa}, {@code J}…), else base units. */
    static ShownUnit si(Dimension dimension) {
        if (dimension.isNone()) {
            return new ShownUnit("", 1, 0, dimension);
        }
        String named = DERIVED.get(dimension);
        if (named != null) {
            return new ShownUnit(named, 1, 0, dimension);
        }
        Matcher m = POWER.matcher(dimension.toString());
        StringBuilder text = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(text, Matcher.quoteReplacement(Superscripts.ofInteger(m.group(1)).orElse(m.group())));
        }
        m.appendTail(text);
        return new ShownUnit(text.toString(), 1, 0, dimension);
    }

    double valueOf(double si) {
        return (si - offset) / factor;
    }
}
