package org.primebatch.cli;

import org.primebatch.mcdx.McdxWorksheet;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primebatch.api.DefinedName;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = {"Show a worksheet's designated inputs and outputs with their values and units (no daemon needed).",
    "--all also lists every variable --input and --output may name; --input/--output show the worksheet as a batch would designate it."})
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHEET", description = "the worksheet (.mcdx)")
    Path sheet;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @Option(names = "--all", description = "also list every variable the worksheet defines or shows, with its value and unit: what --input and --output may name")
    boolean all;

    @CommandLine.Mixin
    DesignateOptions designate = new DesignateOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WorksheetInfo info = inspect(sheet.toAbsolutePath().normalize(), designate.names(), all);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(pretty(info));
        } else {
            print(info, out);
        }
        out.flush();
        return Main.OK;
    }

    private static WorksheetInfo inspect(Path file, DesignationNames names, boolean all) {
        try {
            McdxWorksheet worksheet = McdxWorksheet.open(file).designating(names);
            return all ? worksheet.inspectAll() : worksheet.inspect();
        } catch (McdxException | DesignationException e) {
            throw new CliFailure(Main.BAD_INPUT, e.getMessage());
        }
    }

    private static String pretty(WorksheetInfo info) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(info);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(WorksheetInfo info, PrintWriter out) {
        out.printf("worksheet  %s%n", info.worksheet());
        out.printf("settings   unit system %s, ORIGIN %d%n", info.unitSystem(), info.origin());
        long total = info.regions().values().stream().mapToLong(Long::longValue).sum();
        out.printf("regions    %d: %s%n", total, info.regions().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        table("inputs", info.inputs(), out);
        table("outputs", info.outputs(), out);
        if (info.definitions() != null) {
            definitions(info, out);
        }
    }

    /** Every name a designation may take: the region an input of it sets, the one an output reads, its value. */
    private static void definitions(WorksheetInfo info, PrintWriter out) {
        List<DefinedName> names = info.definitions();
        if (names.isEmpty()) {
            out.printf("%-10s none%n", "variables");
            return;
        }
        Set<String> inputs = info.inputs().stream().map(IoValue::alias).collect(Collectors.toSet());
        out.println("variables (--input NAME sets the input region, --output NAME reads the output region)");
        int name = Math.max(4, names.stream().mapToInt(n -> n.name().length()).max().orElse(1));
        String columns = "  %-" + name + "s  %-6s  %-6s  %-6s";
        out.println((String.format(columns, "name", "input", "output", "kind") + "  value").stripTrailing());
        for (DefinedName n : names) {
            StringBuilder line = new StringBuilder(String.format(columns, n.name(),
                    n.inputRegion() == null ? "-" : n.inputRegion(), n.outputRegion() == null ? "-" : n.outputRegion(),
                    n.kind() == null ? "-" : n.kind().word()));
            if (!n.display().isEmpty()) {
                line.append("  ").append(n.display());
            }
            if (n.status() != null) {
                line.append("  [").append(n.status()).append(']');
            }
            if (n.note() != null) {
                line.append("  (").append(n.note()).append(')');
            }
            if (n.designated() != null) {
                line.append("  designated as ").append(inputs.contains(n.designated()) ? "input " : "output ").append(n.designated());
            }
            out.println(line);
        }
    }

    private static void table(String title, List<IoValue> values, PrintWriter out) {
        if (values.isEmpty()) {
            out.printf("%-10s none%n", title);
            return;
        }
        out.println(title);
        int alias = width(values, v -> v.alias());
        int region = width(values, v -> Integer.toString(v.region()));
        int variable = width(values, v -> String.valueOf(v.variable()));
        for (IoValue v : values) {
            StringBuilder line = new StringBuilder(String.format("  %-" + alias + "s  region %-" + region + "d  %-" + variable + "s  %-6s  %s",
                    v.alias(), v.region(), v.variable() == null ? "-" : v.variable(), v.kind() == null ? "-" : v.kind().word(),
                    v.display()));
            if (v.status() != null) {
                line.append("  [").append(v.status()).append(']');
            }
            if (v.note() != null) {
                line.append("  (").append(v.note()).append(')');
            }
            out.println(line.toString().replaceAll("\\s+$", ""));
        }
    }

    private static int width(List<IoValue> values, Function<IoValue, String> column) {
        return Math.max(1, values.stream().map(column).mapToInt(String::length).max().orElse(1));
    }
}
