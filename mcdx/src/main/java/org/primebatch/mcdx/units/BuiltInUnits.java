package org.primebatch.mcdx.units;

/**
 * Mathcad's built-in units, each defined exactly from SI or from units defined before it. Factors follow NIST SP 811
 * (2008), Appendix B, and the exact definitions of the international yard and pound (1959): {@code ft = 0.3048 m},
 * {@code lb = 0.45359237 kg}, standard gravity {@code g = 9.80665 m/s²}, {@code lbf = lb·g}. Where a unit has
 * several definitions, Mathcad's choice is noted beside it.
 */
final class BuiltInUnits {
    private static final Dimension LENGTH = Dimension.LENGTH;
    private static final Dimension MASS = Dimension.MASS;
    private static final Dimension TIME = Dimension.TIME;

    private final UnitTable table = new UnitTable();

    private BuiltInUnits() {
    }

    static UnitTable table() {
        BuiltInUnits units = new BuiltInUnits();
        units.siBase();
        units.siDerived();
        units.time();
        units.angles();
        units.temperature();
        units.metricOther();
        units.usCustomary();
        units.viscosity();
        return units.table;
    }

    private void siBase() {
        table.addWithPrefixes(new Unit("m", 1, LENGTH));
        table.addPrefixedOnly("g", 1e-3, MASS);
        table.add(new Unit("gm", 1e-3, MASS));
        table.addWithPrefixes(new Unit("s", 1, TIME));
        table.addWithPrefixes(new Unit("A", 1, Dimension.CURRENT));
        table.addWithPrefixes(new Unit("K", 1, Dimension.TEMPERATURE));
        table.addWithPrefixes(new Unit("mol", 1, Dimension.AMOUNT));
        table.add(new Unit("mole", 1, Dimension.AMOUNT));
        table.add(new Unit("kmole", 1e3, Dimension.AMOUNT));
        table.addWithPrefixes(new Unit("cd", 1, Dimension.LUMINOSITY));
    }

    private void siDerived() {
        prefixed("N", "kg*m/s^2");
        prefixed("Pa", "N/m^2");
        prefixed("J", "N*m");
        prefixed("W", "J/s");
        prefixed("C", "A*s");
        prefixed("V", "W/A");
        prefixed("Ω", "V/A");
        prefixed("S", "1/Ω");
        table.add(new Unit("mho", 1, table.find("S").orElseThrow().dimension()));
        prefixed("F", "C/V");
        prefixed("Wb", "V*s");
        prefixed("T", "Wb/m^2");
        prefixed("H", "Wb/A");
        prefixed("Hz", "1/s");
        define("Bq", 1, "1/s");
        define("Gy", 1, "J/kg");
        define("Sv", 1, "J/kg");
        define("kat", 1, "mol/s");
        define("g", 9.80665, "m/s^2");
    }

    private void time() {
        define("min", 60, "s");
        define("hr", 60, "min");
        define("day", 24, "hr");
        define("wk", 7, "day");
        // The tropical year, 365.2422 days; no stored Mathcad value in the corpus confirms the variant.
        define("yr", 365.2422, "day");
    }

    private void angles() {
        table.addWithPrefixes(new Unit("rad", 1, Dimension.NONE));
        table.add(new Unit("deg", Math.PI / 180, Dimension.NONE));
        table.add(new Unit("°", Math.PI / 180, Dimension.NONE));
        table.add(new Unit("rev", 2 * Math.PI, Dimension.NONE));
        table.add(new Unit("sr", 1, Dimension.NONE));
        // rpm as rev/min, so 1 rpm = 2π/60 s^-1 (not 1/60 s^-1), since rev = 2π rad and rad is dimensionless.
        define("rpm", 1, "rev/min");
        define("lm", 1, "cd*sr");
        define("lx", 1, "lm/m^2");
    }

    private void temperature() {
        define("R", 5.0 / 9, "K");
        table.add(new Unit("°C", 1, 273.15, Dimension.TEMPERATURE));
        table.add(new Unit("°F", 5.0 / 9, 459.67 * 5 / 9, Dimension.TEMPERATURE));
        define("Δ°C", 1, "K");
        define("Δ°F", 5.0 / 9, "K");
    }

    private void metricOther() {
        prefixed("L", 1e-3, "m^3");
        define("cc", 1, "cm^3");
        define("hectare", 1e4, "m^2");
        define("are", 100, "m^2");
        define("Å", 1e-10, "m");
        define("fermi", 1e-15, "m");
        define("au", 1.495978707e11, "m");
        define("ly", 9.4607304725808e15, "m");
        define("pc", 3.0856775814913673e16, "m");
        define("tonne", 1e3, "kg");
        define("mton", 1, "tonne");
        define("Da", 1.66053906660e-27, "kg");
        define("amu", 1, "Da");
        define("dyne", 1e-5, "N");
        define("kgf", 1, "kg*g");
        define("tonnef", 1e3, "kgf");
        define("erg", 1e-7, "J");
        prefixed("eV", 1.602176634e-19, "J");
        // The international table calorie, 4.1868 J exactly (NIST SP 811 B.8 calIT); assumed as for BTU.
        define("cal", 4.1868, "J");
        define("kcal", 1e3, "cal");
        define("Wh", 3600, "J");
        define("kWh", 1e3, "Wh");
        prefixed("bar", 1e5, "Pa");
        define("atm", 101325, "Pa");
        define("at", 1, "kgf/cm^2");
        define("torr", 1.0 / 760, "atm");
        // Conventional mercury column (13595.1 kg/m³ under standard gravity), NIST SP 811 B.8.
        define("mmHg", 133.322387415, "Pa");
        define("gauss", 1e-4, "T");
        define("Ci", 3.7e10, "Bq");
        define("kph", 1, "km/hr");
        define("knot", 1852, "m/hr");
        define("nmi", 1852, "m");
    }

    private void usCustomary() {
        define("in", 0.0254, "m");
        define("ft", 0.3048, "m");
        define("yd", 0.9144, "m");
        define("mi", 1609.344, "m");
        define("mil", 1e-3, "in");
        define("acre", 43560, "ft^2");
        define("gal", 231, "in^3");
        define("qt", 0.25, "gal");
        define("pt", 0.5, "qt");
        define("fl_oz", 1.0 / 16, "pt");
        define("bbl", 42, "gal");
        define("lb", 0.45359237, "kg");
        define("lbm", 1, "lb");
        define("oz", 1.0 / 16, "lb");
        define("grain", 1.0 / 7000, "lb");
        define("ton", 2000, "lb");
        define("lbf", 1, "lb*g");
        define("slug", 1, "lbf*s^2/ft");
        define("ozf", 1.0 / 16, "lbf");
        define("kip", 1000, "lbf");
        define("kipf", 1, "kip");
        define("tonf", 2000, "lbf");
        define("pdl", 1, "lb*ft/s^2");
        define("psi", 1, "lbf/in^2");
        define("ksi", 1000, "psi");
        define("psf", 1, "lbf/ft^2");
        define("ksf", 1000, "psf");
        define("plf", 1, "lbf/ft");
        define("klf", 1000, "plf");
        define("pcf", 1, "lbf/ft^3");
        // Conventional mercury column (NIST SP 811 B.8: inHg at 32 °F).
        define("inHg", 3386.388640341, "Pa");
        // International table BTU, 1055.05585262 J exactly (NIST SP 811 B.8 BtuIT). PTC's help says Mathcad adopts
        // one common definition for BTU and cal; no stored value in the corpus pins down which, IT is assumed.
        define("BTU", 1055.05585262, "J");
        define("therm", 1e5, "BTU");
        // Mechanical horsepower, 550 ft·lbf/s: PTC's help names the UK definition as Mathcad's hp.
        define("hp", 550, "ft*lbf/s");
        define("mph", 1, "mi/hr");
        define("fps", 1, "ft/s");
    }

    private void viscosity() {
        define("poise", 0.1, "Pa*s");
        prefixed("P", 1, "poise");
        define("stokes", 1e-4, "m^2/s");
        prefixed("St", 1, "stokes");
    }

    private void define(String name, double factor, String definition) {
        UnitExpression of = UnitParser.expression(definition, table::find);
        table.add(new Unit(name, factor * of.factor(), of.dimension()));
    }

    private void prefixed(String name, String definition) {
        prefixed(name, 1, definition);
    }

    private void prefixed(String name, double factor, String definition) {
        UnitExpression of = UnitParser.expression(definition, table::find);
        table.addWithPrefixes(new Unit(name, factor * of.factor(), of.dimension()));
    }
}
