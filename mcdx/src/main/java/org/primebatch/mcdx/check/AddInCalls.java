package org.primebatch.mcdx.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.RegionKind;
import org.primebatch.mcdx.sheet.Worksheet;

/**
 * Functions a worksheet takes from DLL add-ins (REFPROP, IF97, CoolProp) or from included worksheets: they can never
 * be evaluated natively, so the corpus summary counts such worksheets apart.
 */
public final class AddInCalls {
    private static final List<String> PREFIXES = List.of("rp_", "if97_");
    private static final Set<String> NAMES = Set.of("PropsSI", "Props1SI", "HAPropsSI", "get_global_param_string",
            "get_fluid_param_string", "set_reference_state", "REFPROP", "REPFROPdll");

    private AddInCalls() {
    }

    /** The add-in functions called, plus {@code include} when the worksheet includes another one. */
    public static Set<String> of(Worksheet sheet) {
        Set<String> found = new TreeSet<>();
        for (Region region : sheet.regions()) {
            if (region.kind() == RegionKind.REFERENCE) {
                found.add("include");
            }
            if (region.mathContent().isEmpty()) {
                continue;
            }
            region.mathContent().get().syntax().descendants()
                    .filter(e -> e instanceof MathExpr.Ident id && "FUNCTION".equals(id.labels()))
                    .map(e -> ((MathExpr.Ident) e).name())
                    .filter(name -> NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith))
                    .forEach(found::add);
        }
        return found;
    }
}
