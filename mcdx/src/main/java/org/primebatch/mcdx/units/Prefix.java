package org.primebatch.mcdx.units;

/** The SI prefixes that Mathcad puts in front of SI unit symbols ({@code kN}, {@code μPa}, {@code GHz}). */
enum Prefix {
    YOCTO("y", 1e-24), ZEPTO("z", 1e-21), ATTO("a", 1e-18), FEMTO("f", 1e-15), PICO("p", 1e-12), NANO("n", 1e-9),
    MICRO("μ", 1e-6), MILLI("m", 1e-3), CENTI("c", 1e-2), DECI("d", 1e-1), DECA("da", 1e1), HECTO("h", 1e2),
    KILO("k", 1e3), MEGA("M", 1e6), GIGA("G", 1e9), TERA("T", 1e12), PETA("P", 1e15), EXA("E", 1e18),
    ZETTA("Z", 1e21), YOTTA("Y", 1e24);

    final String symbol;
    final double factor;

    Prefix(String symbol, double factor) {
        this.symbol = symbol;
        this.factor = factor;
    }
}
