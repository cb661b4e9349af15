package org.primebatch.engine.echo;

import org.primebatch.api.WorksheetInfo;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.Json;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.StartedProcesses;

/**
 * The diagnostic engine: its outputs are its inputs. It checks the pipeline (queue, protocol, exports) without any
 * calculation. Reserved inputs make it misbehave on purpose: {@code _delay_ms} sleeps that long in calculate,
 * {@code _fail} fails the case ({@code "retryable"} or anything else for a permanent failure), and
 * {@code _hang_once} names a marker file: when the file does not exist, calculate creates it and never returns (a hung
 * engine); once it exists, the case runs normally. {@code _child} starts a long-running child process the first time
 * a session calculates, reports it as started by the engine and stops it when the session closes, the way the
 * Mathcad engine starts Mathcad Prime: it lets the supervision of such processes be checked anywhere.
 */
public final class EchoEngine implements Engine {
    public static final String NAME = "echo";
    public static final String DELAY_INPUT = "_delay_ms";
    public static final String FAIL_INPUT = "_fail";
    public static final String HANG_ONCE_INPUT = "_hang_once";
    public static final String CHILD_INPUT = "_child";

    private final int slots;
    private final StartedProcesses processes;

    @Override
    public Set<String> fileInputs() {
        return Set.of(HANG_ONCE_INPUT);
    }

    public EchoEngine(int slots) {
        this(slots, StartedProcesses.NONE);
    }

    public EchoEngine(int slots, StartedProcesses processes) {
        this.slots = slots;
        this.processes = processes;
    }

    /** Null: the echo engine takes any input name, and its outputs are its inputs. */
    @Override
    public WorksheetInfo inspect(Path worksheet) {
        return null;
    }

    /** Null, names designated or not: the echo engine takes any input name. */
    @Override
    public WorksheetInfo inspect(Path worksheet, DesignationNames names) {
        return null;
    }

    /** Any worksheet and any name: nothing is calculated, so nothing needs designating. */
    @Override
    public Admission admit(Path worksheet, DesignationNames names) {
        return Admission.ANY;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return "1";
    }

    @Override
    public Availability availability() {
        return Availability.YES;
    }

    @Override
    public int defaultSlots() {
        return slots;
    }

    @Override
    public Set<String> exportFormats() {
        return Set.of("json");
    }

    @Override
    public EngineSession open(Path worksheet, SessionOptions options) throws EngineException {
        if (!Files.isRegularFile(worksheet)) {
            throw EngineException.permanent("worksheet not found: " + worksheet);
        }
        return new Session(processes);
    }

    private static final class Session implements EngineSession {
        private Map<String, CaseValue> values = Map.of();
        private final StartedProcesses processes;
        private Process child;

        Session(StartedProcesses processes) {
            this.processes = processes;
        }

        @Override
        public void setInputs(Map<String, CaseValue> inputs) {
            values = new LinkedHashMap<>(inputs);
        }

        @Override
        public void calculate() throws EngineException {
            CaseValue delay = values.get(DELAY_INPUT);
            if (delay != null) {
                try {
                    Thread.sleep(delay.value().asLong());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw EngineException.transientFailure("interrupted");
                }
            }
            if (values.containsKey(CHILD_INPUT) && child == null) {
                startChild();
            }
            CaseValue hang = values.get(HANG_ONCE_INPUT);
            if (hang != null) {
                hangUnlessMarked(Path.of(hang.value().asText()));
            }
            CaseValue fail = values.get(FAIL_INPUT);
            if (fail != null && !fail.value().asText().isEmpty()) {
                boolean retryable = "retryable".equals(fail.value().asText());
                throw new EngineException("echo asked to fail: " + fail.value().asText(), retryable);
            }
        }

        private void startChild() throws EngineException {
            List<String> command = System.getProperty("os.name", "").startsWith("Windows")
                    ? List.of("ping", "-n", "3600", "127.0.0.1") : List.of("sleep", "3600");
            try {
                child = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            } catch (IOException e) {
                throw EngineException.permanent("cannot start a child process: " + e.getMessage());
            }
            processes.started(child.toHandle());
        }

        private static void hangUnlessMarked(Path marker) throws EngineException {
            try {
                Files.createFile(marker);
            } catch (FileAlreadyExistsException e) {
                return;
            } catch (IOException e) {
                throw EngineException.permanent("cannot create " + marker + ": " + e.getMessage());
            }
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw EngineException.transientFailure("interrupted");
            }
        }

        @Override
        public Map<String, CaseValue> outputs() {
            Map<String, CaseValue> outputs = new LinkedHashMap<>(values);
            outputs.remove(DELAY_INPUT);
            outputs.remove(FAIL_INPUT);
            outputs.remove(HANG_ONCE_INPUT);
            outputs.remove(CHILD_INPUT);
            return outputs;
        }

        @Override
        public void export(String format, Path target, String caseName) throws EngineException {
            if (!"json".equals(format)) {
                throw EngineException.permanent("the echo engine exports json only, not " + format);
            }
            try {
                Files.writeString(target, Json.write(outputs()));
            } catch (IOException e) {
                throw new EngineException("cannot write " + target + ": " + e.getMessage(), true, e);
            }
        }

        @Override
        public void close() {
            values = Map.of();
            if (child != null) {
                child.destroyForcibly();
                processes.ended(child.pid());
                child = null;
            }
        }
    }
}
