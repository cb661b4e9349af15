package org.primebatch.engine.mathcad;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeSet;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.SessionOptions;

/**
 * Runs every COM call the engine uses against the local Mathcad Prime on one worksheet, one case with the
 * worksheet's own input values, and prints each call with its outcome and time: a report a user can send back.
 */
public final class MathcadDiagnosis implements PrimeCallListener {
    private final PrintWriter out;
    private int failures;

    private MathcadDiagnosis(PrintWriter out) {
        this.out = out;
    }

    /** Whether every call succeeded; exports are written into {@code exportFolder}. */
    public static boolean run(MathcadEngine engine, Path worksheet, Path exportFolder, PrintWriter out) {
        return new MathcadDiagnosis(out).run(engine, worksheet, exportFolder);
    }

    private boolean run(MathcadEngine engine, Path worksheet, Path exportFolder) {
        out.printf("worksheet  %s%n", worksheet);
        out.println("calls");
        MathcadSession session;
        try {
            session = engine.open(worksheet, SessionOptions.DEFAULTS, this);
        } catch (EngineException e) {
            return finish("cannot open the worksheet: " + e.getMessage());
        }
        Map<String, CaseValue> inputs;
        Map<String, CaseValue> outputs;
        try {
            inputs = step("read the inputs", session::worksheetInputs);
            if (inputs != null) {
                step("set each input to its own value", () -> {
                    session.setInputs(inputs);
                    return null;
                });
            }
            step("calculate", () -> {
                session.calculate();
                return null;
            });
            outputs = step("read the outputs", session::outputs);
            for (String format : new TreeSet<>(engine.exportFormats())) {
                Path target = exportFolder.resolve("diagnosis." + format);
                step("export " + format + " to " + target, () -> {
                    session.export(format, target, "diagnosis");
                    return null;
                });
            }
        } finally {
            session.close();
        }
        out.printf("mathcad    Mathcad Prime %s, %s%n", session.version(), session.startedMathcad()
                ? "started for this diagnosis and quit at its end" : "already running: attached, and left running");
        print("inputs", inputs);
        print("outputs", outputs);
        return finish(null);
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws EngineException;
    }

    private <T> T step(String name, Step<T> step) {
        try {
            return step.run();
        } catch (EngineException e) {
            failures++;
            out.printf("  step failed: %s: %s%n", name, e.getMessage());
            return null;
        }
    }

    private void print(String title, Map<String, CaseValue> values) {
        if (values == null) {
            return;
        }
        out.println(title);
        values.forEach((alias, value) -> out.printf("  %-20s %s%n", alias, value.display()));
    }

    private boolean finish(String fatal) {
        if (fatal != null) {
            failures++;
            out.println(fatal);
        }
        out.println(failures == 0 ? "result     every call succeeded" : "result     " + failures + " failure(s); send this report along");
        out.flush();
        return failures == 0;
    }

    @Override
    public void answered(String call, Duration took, Object value) {
        out.printf("  OK      %7d ms  %s%s%n", took.toMillis(), call, shown(value));
    }

    @Override
    public void failed(String call, Duration took, String reason) {
        out.printf("  FAILED  %7d ms  %s: %s%n", took.toMillis(), call, reason);
    }

    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof java.util.List) {
            return " -> " + value;
        }
        if (value instanceof PrimeValue v) {
            return v.errorCode() != 0 ? " -> error code " + v.errorCode()
                    : " -> " + v.type().name().toLowerCase() + (v.units().isEmpty() ? "" : " in " + v.units());
        }
        return "";
    }
}
