package org.primebatch.mcdx.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primebatch.mcdx.syntax.MathExpr;
import org.primebatch.mcdx.syntax.MathParser;
import org.primebatch.mcdx.syntax.Operator;
import org.primebatch.mcdx.xml.Dom;
import org.w3c.dom.Element;

/**
 * The variables a worksheet defines or shows, by name, and what a designation by that name means, after Mathcad's
 * rules: an input is a region holding a definition (not one inside text), an output a region showing a result with
 * the evaluation operator '='.
 *
 * <p>An input of a name sets its first definition in the order the worksheet is calculated (global definitions
 * first, then reading order), the one the native evaluator replaces; when that definition cannot be designated (it
 * sits in text, sets elements or a table column), the name is no input at all rather than a later definition, which
 * the case's value would never reach. An output of a name reads the last region that shows it: its value at the end
 * of the worksheet.
 */
public final class DefinedVariables {
    /** Greek letters and their names, for hints: a name typed as {@code phi} may mean ϕ. */
    private static final String GREEK = "αβγδεϵζηθϑικλμνξοπρστυφϕχψω";
    private static final String[] GREEK_NAMES = {"alpha", "beta", "gamma", "delta", "epsilon", "epsilon", "zeta", "eta",
        "theta", "theta", "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon",
        "phi", "phi", "chi", "psi", "omega"};

    /**
     * One name.
     *
     * @param inputRegion  the region an input of this name sets, or null
     * @param whyNotInput  why the name cannot be an input, when {@code inputRegion} is null
     * @param outputRegion the region an output of this name reads, or null when no region it may be read from shows it
     * @param function     the worksheet defines a function of this name
     */
    public record Variable(String name, Region inputRegion, String whyNotInput, Region outputRegion, boolean function) {
    }

    private final Map<String, Variable> byName;

    private DefinedVariables(Map<String, Variable> byName) {
        this.byName = byName;
    }

    public static DefinedVariables of(Worksheet sheet) {
        return new Builder(sheet).build();
    }

    public Optional<Variable> get(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every name, in the order the worksheet first defines or shows it. */
    public List<Variable> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Names spelt like {@code name} but for case, '_' and Greek letters written out ({@code phi} for ϕ), for a hint
     * after a typing mistake.
     */
    public List<String> similar(String name) {
        String key = loose(name);
        return byName.keySet().stream().filter(n -> !n.equals(name) && loose(n).equals(key)).toList();
    }

    private static String loose(String name) {
        StringBuilder key = new StringBuilder();
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            int greek = GREEK.indexOf(c);
            if (greek >= 0) {
                key.append(GREEK_NAMES[greek]);
            } else if (c != '_') {
                key.append(c);
            }
        }
        return key.toString();
    }

    /** Collects the math of the worksheet in calculation order and reads each definition and evaluation. */
    private static final class Builder {
        private final Worksheet sheet;
        private final Map<Integer, Region> regions;
        private final Map<String, Region> firstDefinition = new LinkedHashMap<>();
        private final Map<String, String> whyNot = new LinkedHashMap<>();
        private final Map<String, Region> lastShown = new LinkedHashMap<>();
        private final Set<String> functions = new LinkedHashSet<>();
        private final Set<String> order = new LinkedHashSet<>();

        /** Math in calculation order: the region holding it and its syntax. */
        private record Piece(Region region, MathExpr expression, boolean tableColumn) {
        }

        Builder(Worksheet sheet) {
            this.sheet = sheet;
            this.regions = sheet.regionsById();
        }

        DefinedVariables build() {
            List<Piece> global = new ArrayList<>();
            List<Piece> rest = new ArrayList<>();
            for (Region region : sheet.regions()) {
                if (region.kind() == RegionKind.SPEC_TABLE) {
                    rest.addAll(tableColumns(region));
                }
                region.mathContent().ifPresent(m -> (m.syntax() instanceof MathExpr.Define d && d.kind() == MathExpr.DefineKind.GLOBAL
                        ? global : rest).add(new Piece(region, m.syntax(), false)));
            }
            global.forEach(this::read);
            rest.forEach(this::read);
            Map<String, Variable> byName = new LinkedHashMap<>();
            for (String name : order) {
                Region input = firstDefinition.get(name);
                String why = whyNot.get(name);
                if (input == null && why == null) {
                    why = functions.contains(name) ? "it is a function, not a variable" : "the worksheet shows it but never defines it";
                }
                byName.put(name, new Variable(name, why == null ? input : null, why, lastShown.get(name), functions.contains(name)));
            }
            return new DefinedVariables(byName);
        }

        /** The columns of a table, each a definition in a {@code <math>} of its own, as the evaluator reads them. */
        private static List<Piece> tableColumns(Region table) {
            List<Piece> columns = new ArrayList<>();
            for (Element content : Dom.children(table.element())) {
                for (Element math : Dom.children(content)) {
                    List<Element> parts = Dom.children(math);
                    if ("math".equals(math.getLocalName()) && !parts.isEmpty()) {
                        columns.add(new Piece(table, MathParser.parse(parts.get(0)), true));
                    }
                }
            }
            return columns;
        }

        private void read(Piece math) {
            if (math.expression() instanceof MathExpr.Define d && d.kind() != MathExpr.DefineKind.LOCAL) {
                defines(math, d.target());
                if (d.value() instanceof MathExpr.Eval && d.target() instanceof MathExpr.Ident id && !id.isUnit()) {
                    shows(math, id.name());
                }
            } else if (math.expression() instanceof MathExpr.Eval e && e.expression() instanceof MathExpr.Ident id && !id.isUnit()) {
                shows(math, id.name());
            }
        }

        private void defines(Piece math, MathExpr target) {
            int region = math.region().id();
            if (target instanceof MathExpr.Ident id) {
                if (!id.isUnit()) {
                    claim(id.name(), math, math.tableColumn() ? "its first definition is a column of the table in region " + region
                            : inText(math.region()) ? "its first definition, region " + region
                                    + ", is inside a text region, which Mathcad cannot designate"
                            : "ORIGIN".equals(id.name()) ? "ORIGIN is a calculation setting, not an input" : null);
                }
            } else if (target instanceof MathExpr.FunctionHead f && f.name() instanceof MathExpr.Ident id) {
                functions.add(id.name());
                seen(id.name());
            } else if (elementOf(target) != null) {
                claim(elementOf(target), math, "its first definition, region " + region + ", sets elements of it, not the whole variable");
            } else if (target instanceof MathExpr.MatrixExpr m) {
                for (MathExpr element : m.elements()) {
                    String name = element instanceof MathExpr.Ident id ? id.name() : elementOf(element);
                    if (name != null) {
                        claim(name, math, "its first definition, region " + region + ", defines several variables at once");
                    }
                }
            }
        }

        /** The name of {@code x_i}, or null. */
        private static String elementOf(MathExpr target) {
            return target instanceof MathExpr.Operation o && o.is(Operator.INDEXER) && !o.operands().isEmpty()
                    && o.operands().get(0) instanceof MathExpr.Ident id ? id.name() : null;
        }

        /** The first definition of a name decides whether it can be an input, and which region that is. */
        private void claim(String name, Piece math, String whyNotInput) {
            seen(name);
            if (firstDefinition.containsKey(name) || whyNot.containsKey(name)) {
                return;
            }
            if (whyNotInput != null) {
                whyNot.put(name, whyNotInput);
            } else {
                firstDefinition.put(name, math.region());
            }
        }

        private void shows(Piece math, String name) {
            seen(name);
            if (!math.tableColumn() && !inText(math.region())) {
                lastShown.put(name, math.region());
            }
        }

        private void seen(String name) {
            if (!name.isEmpty()) {
                order.add(name);
            }
        }

        private boolean inText(Region region) {
            for (Integer parent = region.parentId(); parent != null; ) {
                Region container = regions.get(parent);
                if (container == null) {
                    return false;
                }
                if (container.kind() == RegionKind.TEXT) {
                    return true;
                }
                parent = container.parentId();
            }
            return false;
        }
    }
}
