package org.primebatch.bench;

import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.mcdx.SyntheticWorksheet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.primebatch.api.CaseValue;
import org.primebatch.api.IoValue;
import org.primebatch.api.ValueKind;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.mcdx.NativeEngine;

/**
 * The native engine on one worksheet, in this process and on one thread: cases whose real inputs vary around the
 * worksheet's own values, each set, calculated and read back.
 */
public final class NativeBenchmark {
    private static final int EXPORTS = 500;

    private final Path worksheet;
    private final int cases;
    private final Consumer<String> progress;

    public NativeBenchmark(Path worksheet, int cases, Consumer<String> progress) {
        this.worksheet = worksheet;
        this.cases = cases;
        this.progress = progress;
    }

    /**
     * @param regions      math regions of the worksheet
     * @param varied       real inputs varied per case
     * @param casesPerSecond evaluated cases per second, after a warm-up of the same size
     */
    public record Report(String worksheet, int regions, List<String> varied, int cases, double casesPerSecond,
            int exports, double mcdxPerSecond, double pdfsPerSecond) {
        public String table() {
            return String.format(Locale.ROOT, "primebatch bench native: %s (%d math regions, inputs varied: %s)%n%n"
                    + "%-22s %,12.0f cases/s   (%,d cases, one thread; targets: 20,000 for the simple example, 2,000 for 100 regions or a solver per case)%n"
                    + "%-22s %,12.1f files/s   (%,d cases; target 200)%n"
                    + "%-22s %,12.1f files/s   (%,d cases; target 50)%n", worksheet, regions,
                    varied.isEmpty() ? "none" : String.join(", ", varied), "evaluate", casesPerSecond, cases,
                    "write .mcdx", mcdxPerSecond, exports, "write PDF", pdfsPerSecond, exports);
        }
    }

    /** The benchmark on a generated worksheet of {@code regions} math regions, in a temporary folder. */
    public static Report onSynthetic(int regions, int cases, Consumer<String> progress) throws EngineException, IOException {
        progress.accept("writing a worksheet of " + regions + " math regions");
        return onGenerated(dir -> SyntheticWorksheet.write(dir, regions), cases, progress);
    }

    /** The benchmark on a generated worksheet that finds a root and solves a solve block in every case. */
    public static Report onSolving(int cases, Consumer<String> progress) throws EngineException, IOException {
        progress.accept("writing a worksheet with a root and a solve block");
        return onGenerated(SyntheticWorksheet::writeSolving, cases, progress);
    }

    private interface Generator {
        Path write(Path dir) throws IOException;
    }

    private static Report onGenerated(Generator generator, int cases, Consumer<String> progress)
            throws EngineException, IOException {
        Path dir = Files.createTempDirectory("pbbench");
        try {
            return new NativeBenchmark(generator.write(dir), cases, progress).run();
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    public Report run() throws EngineException {
        McdxWorksheet sheet = McdxWorksheet.open(worksheet);
        List<IoValue> reals = sheet.inspect().inputs().stream()
                .filter(i -> i.kind() == ValueKind.REAL && i.value() != null && i.value().isNumber()).toList();
        List<Map<String, CaseValue>> inputs = new ArrayList<>(cases);
        for (int c = 0; c < cases; c++) {
            Map<String, CaseValue> values = new LinkedHashMap<>();
            for (IoValue input : reals) {
                double factor = 0.9 + 0.2 * ((c * 7919L + input.region()) % 1000) / 1000.0;
                values.put(input.alias(), CaseValue.of(input.value().asDouble() * factor, input.unit()));
            }
            inputs.add(values);
        }
        NativeEngine engine = new NativeEngine(1);
        try (EngineSession session = engine.open(worksheet)) {
            progress.accept("warming up: " + cases + " cases");
            runAll(session, inputs);
            progress.accept("measuring: " + cases + " cases");
            long start = System.nanoTime();
            runAll(session, inputs);
            double rate = Rates.perSecond(cases, System.nanoTime() - start);
            int exports = Math.min(cases, EXPORTS);
            double mcdx = exportRate(session, inputs.subList(0, exports), NativeEngine.MCDX);
            double pdf = exportRate(session, inputs.subList(0, exports), NativeEngine.PDF);
            long regions = sheet.mathRegions();
            return new Report(worksheet.toString(), (int) regions, reals.stream().map(IoValue::alias).toList(), cases, rate,
                    exports, mcdx, pdf);
        }
    }

    private double exportRate(EngineSession session, List<Map<String, CaseValue>> inputs, String format) throws EngineException {
        Path dir;
        try {
            dir = Files.createTempDirectory("pbbench");
        } catch (IOException e) {
            throw new EngineException("cannot create a temporary folder: " + e.getMessage(), false, e);
        }
        try {
            progress.accept("writing " + inputs.size() + " " + format + " files");
            long nanos = 0;
            for (int i = 0; i < inputs.size(); i++) {
                session.setInputs(inputs.get(i));
                session.calculate();
                long start = System.nanoTime();
                session.export(format, dir.resolve("case" + i + "." + format), "case " + (i + 1));
                nanos += System.nanoTime() - start;
            }
            return Rates.perSecond(inputs.size(), nanos);
        } finally {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.toList()) {
                    Files.deleteIfExists(f);
                }
                Files.deleteIfExists(dir);
            } catch (IOException ignored) {
                // a temporary folder
            }
        }
    }

    private static void runAll(EngineSession session, List<Map<String, CaseValue>> inputs) throws EngineException {
        for (Map<String, CaseValue> values : inputs) {
            session.setInputs(values);
            session.calculate();
            if (session.outputs().isEmpty()) {
                throw new IllegalStateException("the worksheet gave no outputs");
            }
        }
    }
}
