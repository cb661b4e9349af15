package org.primebatch.cli;

import org.primebatch.mcdx.McdxWorksheet;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.mcdx.McdxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "inspect", description = "Show a worksheet's designated inputs and outputs with their values and units (no daemon needed).")
final class InspectCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHEET", description = "the worksheet (.mcdx)")
    Path sheet;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        WorksheetInfo info = inspect(sheet.toAbsolutePath().normalize());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(pretty(info));
        } else {
            print(info, out);
        }
        out.flush();
        return Main.OK;
    }

    private static WorksheetInfo inspect(Path file) {
        try {
            return McdxWorksheet.open(file).inspect();
        } catch (McdxException e) {
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
