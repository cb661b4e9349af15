package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.xml.Dom;
import org.primebatch.mcdx.xml.McdxNamespaces;
import java.util.Locale;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Calculation settings from mathcad/settings/calculation.xml: the unit system ({@code si}, {@code us}, …, lower
 * case), ORIGIN (the first index of arrays) and the solver tolerances TOL and CTOL (null when not stored).
 */
public record CalculationSettings(String unitSystem, int origin, Double convergenceTolerance, Double constraintTolerance) {
    public static final String PART = "mathcad/settings/calculation.xml";
    /** What Mathcad assumes when a worksheet stores no settings. */
    public static final CalculationSettings DEFAULT = new CalculationSettings("si", 0, 0.001, 0.001);

    static CalculationSettings read(Optional<Document> calculation) {
        if (calculation.isEmpty()) {
            return DEFAULT;
        }
        Element root = calculation.get().getDocumentElement();
        String ns = McdxNamespaces.CALCULATION;
        Optional<Element> builtIns = Dom.child(root, ns, "builtInVariables");
        String unitSystem = Dom.child(root, ns, "units")
                .flatMap(units -> Dom.child(units, ns, "currentUnitSystem"))
                .map(system -> Dom.attribute(system, "name"))
                .map(name -> name.toLowerCase(Locale.ROOT))
                .orElse(DEFAULT.unitSystem);
        int origin = builtIns.map(b -> Dom.intAttribute(b, "array-origin")).orElse(DEFAULT.origin);
        Double tol = builtIns.map(b -> number(b, "convergence-tolerance")).orElse(null);
        Double ctol = builtIns.map(b -> number(b, "constraint-tolerance")).orElse(null);
        return new CalculationSettings(unitSystem, origin, tol, ctol);
    }

    private static Double number(Element e, String attribute) {
        double value = Dom.doubleAttribute(e, attribute, Double.NaN);
        return Double.isNaN(value) ? null : value;
    }
}
