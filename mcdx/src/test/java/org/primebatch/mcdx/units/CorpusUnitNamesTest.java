package org.primebatch.mcdx.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Every unit name the corpus worksheets use is in the table, unless the worksheet defines it itself. */
class CorpusUnitNamesTest {
    /** Ids labelled UNIT in evaluated math that are no unit Mathcad defines, with why they are left out. */
    private static final Map<String, String> NOT_UNITS = Map.of(
            "/°F", "PrimeDocs appendix A: a label forced to the UNIT style right of t1 in Y[1 := t1·(/°F); "
                    + "no unit name Mathcad knows, and the definitions have no stored value to compare");

    @Test
    void everyUnitNameInTheCorpusIsKnown() {
        Map<String, Set<String>> unknown = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        for (Path mcdx : CorpusPackages.all()) {
            Document worksheet = CorpusPackages.part(mcdx, "mathcad/worksheet.xml").orElse(null);
            if (worksheet == null) {
                continue;
            }
            Set<String> definedHere = definedUnits(worksheet);
            for (Element id : unitIds(worksheet)) {
                String name = id.getTextContent().strip();
                seen.add(name);
                if (Units.byName(name).isEmpty() && !definedHere.contains(name) && !NOT_UNITS.containsKey(name)) {
                    unknown.computeIfAbsent(name, n -> new TreeSet<>()).add(CorpusPackages.label(mcdx));
                }
            }
        }
        assertThat(seen).as("unit names in the corpus").hasSizeGreaterThan(50);
        assertThat(unknown).as("unit names missing from the table, with the worksheets using them").isEmpty();
    }

    @Test
    void theCorpusUnitsThatWorksheetsDefineThemselvesAreBuiltInToo() {
        // kJ, mN, μPa, cP, mPa, kmol, cSt, St, mSt were defined by hand in older worksheets; Mathcad has them now.
        Set<String> definedSomewhere = new TreeSet<>();
        for (Path mcdx : CorpusPackages.all()) {
            CorpusPackages.part(mcdx, "mathcad/worksheet.xml").ifPresent(w -> definedSomewhere.addAll(definedUnits(w)));
        }
        Set<String> builtIn = new TreeSet<>();
        for (String name : definedSomewhere) {
            if (Units.byName(name).isPresent()) {
                builtIn.add(name);
            }
        }
        assertThat(builtIn).contains("kJ", "mN", "μPa", "cP", "mPa", "kmol", "cSt", "St");
        assertThat(definedSomewhere).as("user units that are compound names or not Mathcad's")
                .containsAll(Set.of("mN/m", "kg/m³", "debye"));
    }

    private static Set<Element> unitIds(Document worksheet) {
        Set<Element> ids = new HashSet<>();
        NodeList all = worksheet.getElementsByTagNameNS(CorpusPackages.ML, "id");
        for (int i = 0; i < all.getLength(); i++) {
            Element id = (Element) all.item(i);
            if ("UNIT".equals(id.getAttribute("labels")) && !aloneInRegion(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * A math region holding nothing but a name shows that name and evaluates nothing; documentation sheets use them
     * as labels inside text ({@code kJ/kg}, {@code J/mol-K}, {@code rp_}).
     */
    private static boolean aloneInRegion(Element id) {
        Node parent = id.getParentNode();
        return "math".equals(parent.getLocalName()) && firstElement(parent) == id;
    }

    /** Names given a value by {@code define} or {@code globalDefine} with a UNIT id on the left. */
    private static Set<String> definedUnits(Document worksheet) {
        Set<String> names = new HashSet<>();
        for (String operator : new String[] {"define", "globalDefine"}) {
            NodeList defines = worksheet.getElementsByTagNameNS(CorpusPackages.ML, operator);
            for (int i = 0; i < defines.getLength(); i++) {
                Node left = firstElement(defines.item(i));
                if (left instanceof Element e && "id".equals(e.getLocalName())
                        && "UNIT".equals(e.getAttribute("labels"))) {
                    names.add(e.getTextContent().strip());
                }
            }
        }
        return names;
    }

    private static Node firstElement(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return child;
            }
        }
        return null;
    }
}
