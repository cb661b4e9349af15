package org.primebatch.cli;

import org.primebatch.mcdx.McdxWorksheet;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.primebatch.api.CheckedValue;
import org.primebatch.api.Json;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.MathcadConfig;
import org.primebatch.engine.mathcad.MathcadEngine;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = {
    "Can the native engine reproduce this worksheet's stored results? Evaluates it with its stored inputs and compares",
    "every stored value (no daemon needed). Exit 0 when the native engine takes batches on it, 1 when not.",
    "With --with mathcad, Mathcad Prime recalculates a private copy and the native engine is compared with those results."})
final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SHEET", arity = "0..1", description = "the worksheet (.mcdx)")
    Path sheet;

    @Option(names = "--corpus", paramLabel = "DIR", description = "check every .mcdx below DIR and print one summary table")
    Path corpus;

    @Option(names = "--json", description = "one JSON document on stdout (with every compared value)")
    boolean json;

    @Option(names = "--with", paramLabel = "ENGINE", description = "mathcad: have Mathcad Prime recalculate a private copy "
            + "of SHEET and check the native engine against those fresh results rather than the stored ones (Windows)")
    String with;

    @Option(names = "--save", paramLabel = "FILE", description = "with --with mathcad: keep Mathcad Prime's recalculated "
            + "copy as FILE, a new file (SHEET itself is never changed)")
    Path save;

    @CommandLine.Mixin
    DesignateOptions designate = new DesignateOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if ((sheet == null) == (corpus == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either SHEET or --corpus DIR");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (with != null || save != null) {
            return againstMathcad(out);
        }
        if (corpus != null) {
            CorpusSummary summary = summarize(corpus);
            if (json) {
                out.println(pretty(summary));
            } else {
                summary.print(out);
            }
            out.flush();
            return Main.OK;
        }
        WorksheetCheck check;
        try {
            check = McdxWorksheet.open(sheet.toAbsolutePath().normalize()).designating(designate.names()).check();
        } catch (McdxException | DesignationException e) {
            throw new CliFailure(Main.BAD_INPUT, e.getMessage());
        }
        if (json) {
            out.println(pretty(check));
        } else {
            print(check, out);
        }
        out.flush();
        return check.runsNatively() ? Main.OK : Main.CASES_FAILED;
    }

    private int againstMathcad(PrintWriter out) throws IOException {
        if (!MathcadEngine.NAME.equals(with)) {
            throw new CommandLine.ParameterException(spec.commandLine(), with == null ? "--save goes with --with mathcad"
                    : "check --with takes mathcad (the engine whose fresh results the native engine is checked against), not '" + with + "'");
        }
        if (sheet == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--with mathcad checks one SHEET, not --corpus");
        }
        Path file = sheet.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(Main.BAD_INPUT, file + ": no such file");
        }
        MathcadEngine engine = new MathcadEngine(MathcadConfig.defaults(), StartedProcesses.NONE);
        Engine.Availability availability = engine.availability();
        if (!availability.available()) {
            throw new CliFailure(Main.UNREACHABLE, "the mathcad engine is not available: " + availability.reason());
        }
        return againstFreshResults(engine, file, save, json, out);
    }

    /** Checks {@code file} against the results {@code reference} calculates now, prints them; the exit code. */
    static int againstFreshResults(Engine reference, Path file, Path save, boolean json, PrintWriter out) throws IOException {
        Path folder = Files.createTempDirectory("primebatch-check-");
        try {
            FreshResultsCheck fresh;
            try {
                fresh = FreshResultsCheck.run(reference, file, folder);
            } catch (EngineException e) {
                throw new CliFailure(Main.CASES_FAILED, "Mathcad Prime could not recalculate " + file.getFileName() + ": " + e.getMessage());
            } catch (McdxException e) {
                throw new CliFailure(Main.BAD_INPUT, e.getMessage());
            }
            Path saved = null;
            if (save != null) {
                fresh.save(save);
                saved = save.toAbsolutePath().normalize();
            }
            if (json) {
                out.println(pretty(fresh));
            } else {
                fresh.print(out, saved);
            }
            out.flush();
            return fresh.nativeReproducesMathcad() ? Main.OK : Main.CASES_FAILED;
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void print(WorksheetCheck check, PrintWriter out) {
        out.printf("worksheet  %s%n", check.worksheet());
        long withinTolerance = check.matchedWithinTolerance();
        out.printf("values     %d matched%s, %d mismatched, %d unsupported, %d stale%n", check.matched(),
                withinTolerance == 0 ? "" : " (" + withinTolerance + " within a solver's tolerance)", check.mismatched(),
                check.unsupported(), check.stale());
        for (CheckedValue output : check.outputs()) {
            out.printf("output     %s (region %d): %s%s%n", output.name(), output.region(), output.status(),
                    output.computed() == null ? "" : ", " + output.computed());
        }
        out.println(check.runsNatively() ? "native     yes: the native engine runs batches on this worksheet"
                : "native     no: " + String.join("; ", check.reasons()));
        if (check.staleResults() != null) {
            out.println("stale      " + check.staleResults().summary());
            out.println("remedy     " + check.staleResults().remedy());
        }
        List<CheckedValue> problems = check.problems();
        if (!problems.isEmpty()) {
            out.println("problems");
            for (CheckedValue p : problems) {
                out.printf("  region %d%s: %s: %s%n", p.region(), p.name() == null ? "" : " " + p.name(), p.status(), p.reason());
            }
        }
    }

    /** One row per worksheet of a folder, and the totals the native engine is measured by. */
    record CorpusRow(String worksheet, int matched, int mismatched, int unsupported, int stale, int outputs,
            int outputsMatched, boolean runsNatively, Set<String> addIns, String error) {
    }

    record CorpusSummary(List<CorpusRow> rows) {
        void print(PrintWriter out) {
            out.printf("%-70s %7s %5s %5s %5s %8s %6s  %s%n", "worksheet", "matched", "wrong", "unsup", "stale", "outputs",
                    "native", "add-ins");
            for (CorpusRow r : rows) {
                if (r.error() != null) {
                    out.printf("%-70s %s%n", r.worksheet(), "cannot read: " + r.error());
                    continue;
                }
                out.printf("%-70s %7d %5d %5d %5d %8s %6s  %s%n", r.worksheet(), r.matched(), r.mismatched(), r.unsupported(),
                        r.stale(), r.outputs() == 0 ? "-" : r.outputsMatched() + "/" + r.outputs(), r.runsNatively() ? "yes" : "no",
                        r.addIns().isEmpty() ? "" : String.join(" ", r.addIns().stream().limit(3).toList())
                                + (r.addIns().size() > 3 ? " …" : ""));
            }
            List<CorpusRow> native_ = rows.stream().filter(r -> r.error() == null && r.addIns().isEmpty()).toList();
            int matched = native_.stream().mapToInt(CorpusRow::matched).sum();
            int synchronizedValues = native_.stream().mapToInt(r -> r.matched() + r.mismatched() + r.unsupported()).sum();
            int outputs = native_.stream().mapToInt(CorpusRow::outputs).sum();
            int outputsMatched = native_.stream().mapToInt(CorpusRow::outputsMatched).sum();
            out.printf(Locale.ROOT, "%nworksheets without add-in or included functions: %d of %d%n", native_.size(), rows.size());
            out.printf(Locale.ROOT, "stored synchronized values reproduced: %d of %d (%.1f %%)%n", matched, synchronizedValues,
                    synchronizedValues == 0 ? 0.0 : 100.0 * matched / synchronizedValues);
            out.printf(Locale.ROOT, "designated outputs reproduced: %d of %d%n", outputsMatched, outputs);
            out.printf(Locale.ROOT, "values computed differently from the stored ones: %d%n",
                    native_.stream().mapToInt(CorpusRow::mismatched).sum());
            out.printf(Locale.ROOT, "worksheets the native engine runs: %d%n", rows.stream().filter(CorpusRow::runsNatively).count());
        }
    }

    static CorpusSummary summarize(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new CliFailure(Main.BAD_INPUT, "not a folder: " + dir);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> p.toString().endsWith(".mcdx") && Files.isRegularFile(p)).sorted().toList();
        }
        List<CorpusRow> rows = new ArrayList<>();
        for (Path file : files) {
            String name = dir.relativize(file).toString();
            try {
                McdxWorksheet worksheet = McdxWorksheet.open(file);
                WorksheetCheck c = worksheet.check();
                int outputsMatched = (int) c.outputs().stream().filter(CheckedValue::isMatch).count();
                rows.add(new CorpusRow(name, c.matched(), c.mismatched(), c.unsupported(), c.stale(), c.outputs().size(),
                        outputsMatched, c.runsNatively(), worksheet.addInCalls(), null));
            } catch (McdxException e) {
                rows.add(new CorpusRow(name, 0, 0, 0, 0, 0, 0, false, Set.of(), e.getMessage()));
            }
        }
        return new CorpusSummary(rows);
    }

    private static String pretty(Object value) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
