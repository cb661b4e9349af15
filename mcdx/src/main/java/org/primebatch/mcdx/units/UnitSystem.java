package org.primebatch.mcdx.units;

import java.util.Locale;

/** The unit system a worksheet displays and stores results in ({@code <currentUnitSystem name="si"/>}). */
public enum UnitSystem {
    SI("si"),
    USCS("us"),
    CGS("cgs");

    private final String settingsName;

    UnitSystem(String settingsName) {
        this.settingsName = settingsName;
    }

    /** The name in mathcad/settings/calculation.xml. */
    public String settingsName() {
        return settingsName;
    }

    public static UnitSystem fromSettingsName(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        for (UnitSystem system : values()) {
            if (system.settingsName.equals(key)) {
                return system;
            }
        }
        throw new UnitException("unknown unit system '" + name + "'");
    }
}
