package org.primebatch.mcdx.units;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Named units under their canonical names; refuses a second unit under a name already taken. */
final class UnitTable {
    private final Map<String, Unit> byName = new LinkedHashMap<>();

    Optional<Unit> find(String name) {
        return Optional.ofNullable(byName.get(UnitNames.canonical(name)));
    }

    Unit add(Unit unit) {
        String key = UnitNames.canonical(unit.name());
        Unit earlier = byName.putIfAbsent(key, unit);
        if (earlier != null) {
            throw new IllegalStateException("unit name " + key + " defined twice: " + earlier + " and " + unit);
        }
        return unit;
    }

    /** Adds {@code symbol} and the symbol under every SI prefix, e.g. {@code Pa, kPa, MPa, μPa…}. */
    void addWithPrefixes(Unit unit) {
        add(unit);
        addPrefixedOnly(unit.name(), unit.factor(), unit.dimension());
    }

    /** Adds the prefixed forms of {@code symbol} only (gram: {@code kg, mg…}, while bare {@code g} is gravity). */
    void addPrefixedOnly(String symbol, double factor, Dimension dimension) {
        for (Prefix prefix : Prefix.values()) {
            add(new Unit(prefix.symbol + symbol, prefix.factor * factor, dimension));
        }
    }

    Map<String, Unit> asMap() {
        return Collections.unmodifiableMap(byName);
    }
}
