package org.primebatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.primebatch.engine.Engine;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.MathcadConfig;
import org.primebatch.engine.mathcad.MathcadDiagnosis;
import org.primebatch.engine.mathcad.MathcadEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diagnose", description = {
    "Try an engine for real and print a report to send back. 'diagnose mathcad' runs every COM call the Mathcad",
    "engine uses against the local Mathcad Prime on a small worksheet (the bundled beam example unless --worksheet).",
    "Exit 0 when every call succeeded, 1 when some failed, 3 when the engine is not available here."})
final class DiagnoseCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ENGINE", description = "the engine to diagnose: mathcad")
    String engineName;

    @Option(names = "--visible", description = "show Mathcad Prime's window while it runs (when this command starts it)")
    boolean visible;

    @Option(names = "--worksheet", paramLabel = "SHEET", description = "the worksheet to run (default: the bundled examples/beam/beam.mcdx)")
    Path worksheet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (!MathcadEngine.NAME.equals(engineName)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "only the mathcad engine can be diagnosed, not '" + engineName + "'");
        }
        PrintWriter out = spec.commandLine().getOut();
        MathcadConfig config = MathcadConfig.defaults().withVisible(visible);
        MathcadEngine engine = new MathcadEngine(config, StartedProcesses.NONE);
        out.printf("engine     mathcad (installed: %s)%n", engine.version());
        out.printf("system     %s %s, Java %s%n", System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.version"));
        out.printf("JACOB DLL  %s%n", config.jacobDll());
        out.flush();
        Engine.Availability availability = engine.availability();
        if (!availability.available()) {
            throw new CliFailure(Main.UNREACHABLE, "the mathcad engine is not available: " + availability.reason());
        }
        Path sheet = worksheet != null ? worksheet.toAbsolutePath().normalize() : bundledExample().orElseThrow(() ->
                new CliFailure(Main.BAD_INPUT, "the bundled example worksheet (examples/beam/beam.mcdx) was not found; give --worksheet SHEET"));
        if (!Files.isRegularFile(sheet)) {
            throw new CliFailure(Main.BAD_INPUT, sheet + ": no such file");
        }
        Path exports = Files.createTempDirectory("primebatch-diagnose-");
        out.printf("exports    %s%n", exports);
        return MathcadDiagnosis.run(engine, sheet, exports, out) ? Main.OK : Main.CASES_FAILED;
    }

    /** examples/beam/beam.mcdx beside or above the jar, or above the working folder. */
    private static Optional<Path> bundledExample() {
        List<Path> starts = new ArrayList<>();
        try {
            starts.add(Path.of(DiagnoseCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | RuntimeException ignored) {
            // no code source: look from the working folder only
        }
        starts.add(Path.of("").toAbsolutePath());
        for (Path start : starts) {
            for (Path p = start; p != null; p = p.getParent()) {
                Path candidate = p.resolve("examples").resolve("beam").resolve("beam.mcdx");
                if (Files.isRegularFile(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
