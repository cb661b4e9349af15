package org.primebatch.mcdx.xml;

/** XML namespaces of the parts of a worksheet package. */
public final class McdxNamespaces {
    public static final String WORKSHEET = "http://schemas.mathsoft.com/worksheet50";
    public static final String MATH = "http://schemas.mathsoft.com/math50";
    public static final String UNITS = "http://schemas.mathsoft.com/units10";
    public static final String RESULT = "http://schemas.mathsoft.com/result10";
    public static final String INTEGRATION = "http://schemas.ptc.com/integration10";
    public static final String CALCULATION = "http://schemas.ptc.com/mathcad/settings/calculation10";

    private McdxNamespaces() {
    }
}
