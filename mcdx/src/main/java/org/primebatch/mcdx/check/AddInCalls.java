package org.primebatch.mcdx.check;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.primebatch.mcdx.sheet.IdentifierNames;
import org.primebatch.mcdx.xml.McdxNamespaces;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.RegionKind;
import org.primebatch.mcdx.sheet.Worksheet;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

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
            NodeList ids = region.mathContent().get().expression().getElementsByTagNameNS(McdxNamespaces.MATH, "id");
            for (int i = 0; i < ids.getLength(); i++) {
                Element id = (Element) ids.item(i);
                if (!"FUNCTION".equals(id.getAttribute("labels"))) {
                    continue;
                }
                String name = IdentifierNames.of(id);
                if (NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith)) {
                    found.add(name);
                }
            }
        }
        return found;
    }
}
