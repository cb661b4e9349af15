package org.primebatch.engine.mcdx.units;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unit table: every unit by the name worksheets use for it. (A first set; the full table with prefixes, US
 * customary and temperature units, unit strings as users type them and the names result.xml stores comes next.)
 */
public final class Units {
    private static final Map<String, Unit> BY_NAME = new HashMap<>();

    static {
        add(new Unit("m", 1, Dimension.LENGTH));
        add(new Unit("kg", 1, Dimension.MASS));
        add(new Unit("s", 1, Dimension.TIME));
        add(new Unit("A", 1, Dimension.CURRENT));
        add(new Unit("K", 1, Dimension.TEMPERATURE));
        add(new Unit("mol", 1, Dimension.AMOUNT));
        add(new Unit("cd", 1, Dimension.LUMINOSITY));
        add(new Unit("N", 1, Dimension.of(1, 1, -2, 0, 0, 0, 0)));
        add(new Unit("kN", 1e3, Dimension.of(1, 1, -2, 0, 0, 0, 0)));
        add(new Unit("Pa", 1, Dimension.of(-1, 1, -2, 0, 0, 0, 0)));
        add(new Unit("MPa", 1e6, Dimension.of(-1, 1, -2, 0, 0, 0, 0)));
        add(new Unit("mm", 1e-3, Dimension.LENGTH));
    }

    private Units() {
    }

    private static void add(Unit unit) {
        BY_NAME.put(unit.name(), unit);
    }

    /** The unit a worksheet names in {@code <ml:id labels="UNIT">}. */
    public static Optional<Unit> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
