package org.primebatch.mcdx.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.DesignationNames;
import org.primebatch.mcdx.DesignationException;

/**
 * Designations by variable name, resolved against a worksheet (see {@link DefinedVariables} for which region a name
 * designates). A name the worksheet already designates in the same direction, as its alias, is taken as it is.
 */
public final class NamedDesignations {
    private NamedDesignations() {
    }

    /**
     * The designations {@code names} add to the worksheet's own, inputs then outputs in the order given.
     *
     * @throws DesignationException naming every name that cannot be designated, and why
     */
    public static List<Designation> resolve(Worksheet sheet, DesignationNames names) {
        List<String> problems = new ArrayList<>(names.problems());
        if (!problems.isEmpty()) {
            throw new DesignationException(String.join("; ", problems));
        }
        DefinedVariables variables = DefinedVariables.of(sheet);
        Map<String, Designation> byAlias = new LinkedHashMap<>();
        Map<Integer, Designation> byRegion = new LinkedHashMap<>();
        sheet.designations().forEach(d -> {
            byAlias.putIfAbsent(d.alias(), d);
            byRegion.putIfAbsent(d.regionId(), d);
        });
        List<String> unknown = new ArrayList<>();
        List<Designation> added = new ArrayList<>();
        for (String name : names.inputs()) {
            resolve(name, Designation.Direction.INPUT, variables, byAlias, byRegion, unknown, problems).ifPresent(added::add);
        }
        for (String name : names.outputs()) {
            resolve(name, Designation.Direction.OUTPUT, variables, byAlias, byRegion, unknown, problems).ifPresent(added::add);
        }
        if (!unknown.isEmpty()) {
            problems.add(0, unknownNames(unknown, variables));
        }
        if (!problems.isEmpty()) {
            throw new DesignationException(String.join("; ", problems));
        }
        return List.copyOf(added);
    }

    private static Optional<Designation> resolve(String name, Designation.Direction direction, DefinedVariables variables,
            Map<String, Designation> byAlias, Map<Integer, Designation> byRegion, List<String> unknown, List<String> problems) {
        String role = direction == Designation.Direction.INPUT ? "input" : "output";
        Designation own = byAlias.get(name);
        if (own != null) {
            if (own.direction() != direction) {
                problems.add(role + " '" + name + "': the worksheet designates '" + name + "' as an " + word(own.direction())
                        + "; it cannot also be an " + role);
            }
            return Optional.empty();
        }
        Optional<DefinedVariables.Variable> variable = variables.get(name);
        if (variable.isEmpty()) {
            unknown.add(name);
            return Optional.empty();
        }
        Region region;
        if (direction == Designation.Direction.INPUT) {
            region = variable.get().inputRegion();
            if (region == null) {
                problems.add("input '" + name + "' cannot be designated: " + variable.get().whyNotInput());
                return Optional.empty();
            }
        } else {
            region = variable.get().outputRegion();
            if (region == null) {
                problems.add("output '" + name + "' cannot be designated: the worksheet never shows " + name
                        + " with '=' (Mathcad reads outputs only from evaluations; add a region " + name + " = to it)");
                return Optional.empty();
            }
        }
        Designation taken = byRegion.get(region.id());
        if (taken != null) {
            problems.add(role + " '" + name + "': region " + region.id() + " is designated already, as the "
                    + word(taken.direction()) + " '" + taken.alias() + "'" + (taken.direction() == direction
                    ? "; name '" + taken.alias() + "' instead" : ""));
            return Optional.empty();
        }
        Designation designation = new Designation(name, region.id(), direction);
        byAlias.put(name, designation);
        byRegion.put(region.id(), designation);
        return Optional.of(designation);
    }

    private static String unknownNames(List<String> unknown, DefinedVariables variables) {
        List<String> hints = new ArrayList<>();
        for (String name : unknown) {
            List<String> similar = variables.similar(name);
            if (!similar.isEmpty()) {
                hints.add(name + ": did you mean " + String.join(" or ", similar) + "?");
            }
        }
        return (unknown.size() == 1 ? "unknown variable " + unknown.get(0) + ": the worksheet defines no variable of that name"
                : "unknown variables " + String.join(", ", unknown) + ": the worksheet defines none of these names")
                + (hints.isEmpty() ? "" : " (" + String.join("; ", hints) + ")")
                + "; primebatch inspect --all lists the names it defines (a subscript is written with _, as W_P)";
    }

    private static String word(Designation.Direction direction) {
        return direction == Designation.Direction.INPUT ? "input" : "output";
    }
}
