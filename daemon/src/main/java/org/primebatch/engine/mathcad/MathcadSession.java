package org.primebatch.engine.mathcad;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.StartedProcesses;
import org.primebatch.engine.mathcad.com.HResults;
import org.primebatch.engine.mathcad.com.PrimeAliases;
import org.primebatch.engine.mathcad.com.PrimeApplication;
import org.primebatch.engine.mathcad.com.PrimeComException;
import org.primebatch.engine.mathcad.com.PrimeConnector;
import org.primebatch.engine.mathcad.com.PrimeProcesses;
import org.primebatch.engine.mathcad.com.PrimeWorksheet;
import org.primebatch.engine.mathcad.com.PrimeWorksheetOptions;
import org.primebatch.engine.mathcad.com.ReadonlyOption;
import org.primebatch.engine.mathcad.com.ResultType;
import org.primebatch.engine.mathcad.com.SaveOption;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.McdxException;

/**
 * One worksheet open in Mathcad Prime, kept open across cases. Every COM call runs on the session's COM thread and
 * is awaited with the batch's timeout for that kind of call.
 */
public final class MathcadSession implements EngineSession {
    /** Longest wait for each call that closes the worksheet or quits Mathcad. */
    private static final Duration CLOSE_LIMIT = Duration.ofSeconds(30);

    private final PrimeCallThread com;
    private final PrimeConnector connector;
    private final StartedProcesses processes;
    private final SessionOptions options;
    private final MathcadConfig config;
    private final WorkingCopy copy;
    private final Set<Long> ourProcesses = new HashSet<>();
    /** The inputs the open sheet holds that differ from the worksheet's own: a reopened sheet gets them back. */
    private final Map<String, PrimeInput> applied = new LinkedHashMap<>();
    /** Each designated input's value as the worksheet gave it when opened; absent when Prime could not read it. */
    private final Map<String, PrimeInput> worksheetValues = new LinkedHashMap<>();
    private PrimeApplication app;
    private PrimeWorksheet sheet;
    private PrimeVersion version;
    private Designations designations;
    private boolean calculated;
    private boolean closed;

    private MathcadSession(PrimeCallThread com, PrimeConnector connector, StartedProcesses processes, SessionOptions options,
            MathcadConfig config, WorkingCopy copy) {
        this.com = com;
        this.connector = connector;
        this.processes = processes;
        this.options = options;
        this.config = config;
        this.copy = copy;
    }

    static MathcadSession open(Path template, SessionOptions options, MathcadConfig config, PrimeConnector connector,
            PrimeProcesses prime, StartedProcesses processes, PrimeCallListener listener) throws EngineException {
        WorkingCopy copy;
        try {
            copy = WorkingCopy.of(template, options.designate());
        } catch (IOException e) {
            throw new EngineException("cannot make a working copy of " + template + ": " + e.getMessage(), true, e);
        } catch (McdxException | DesignationException e) {
            throw EngineException.permanent("cannot designate " + designated(options) + " in a copy of " + template + ": "
                    + e.getMessage());
        }
        MathcadSession session = new MathcadSession(new PrimeCallThread("primebatch-mathcad-com", listener), connector, processes,
                options, config, copy);
        try {
            session.start(prime);
            return session;
        } catch (EngineException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    private static String designated(SessionOptions options) {
        List<String> names = new ArrayList<>(options.designate().inputs());
        names.addAll(options.designate().outputs());
        return String.join(", ", names);
    }

    private void start(PrimeProcesses prime) throws EngineException {
        Duration limit = options.timeouts().open();
        com.call("enter a COM apartment", limit, () -> {
            connector.enterApartment();
            return null;
        });
        Set<Long> before = prime.running();
        app = com.call("create " + PrimeConnector.PROG_ID, limit, connector::createApplication);
        for (long pid : prime.running()) {
            // Prime is one process per Windows session: only a process that appeared now is ours to quit
            if (!before.contains(pid)) {
                ourProcesses.add(pid);
                ProcessHandle.of(pid).ifPresent(processes::started);
            }
        }
        version = PrimeVersion.parse(com.call("GetVersion", limit, app::getVersion));
        if (startedMathcad()) {
            com.call("Visible = " + config.visible(), limit, () -> {
                app.setVisible(config.visible());
                return null;
            });
        }
        openWorkingCopy();
        List<String> inputs = aliases("Inputs", limit, true);
        designations = new Designations(inputs, aliases("Outputs", limit, false), inputValues(inputs, limit));
        designations.inputValues().forEach((alias, value) -> PrimeInput.of(value).ifPresent(input -> worksheetValues.put(alias, input)));
    }

    private void openWorkingCopy() throws EngineException {
        Duration limit = options.timeouts().open();
        String path = copy.file().toString();
        Optional<PrimeWorksheetOptions> readonlyOptions = com.call("CreateWorksheetReadonlyOptions", limit, () -> {
            try {
                return Optional.of(app.createWorksheetReadonlyOptions());
            } catch (PrimeComException e) {
                if (HResults.memberMissing(e.hresult())) {
                    return Optional.empty();
                }
                throw e;
            }
        });
        if (readonlyOptions.isPresent()) {
            PrimeWorksheetOptions opts = readonlyOptions.get();
            com.call("SetOptionValue(FileLocationHistoryDisabled, true)", limit, () -> {
                opts.setOptionValue(ReadonlyOption.FILE_LOCATION_HISTORY_DISABLED, true);
                return null;
            });
            sheet = com.call("OpenEx(" + path + ")", limit, () -> app.openEx(path, opts));
        } else {
            sheet = com.call("Open(" + path + ")", limit, () -> app.open(path));
        }
        int seconds = (int) Math.min(Integer.MAX_VALUE, Math.max(1, ceilSeconds(options.timeouts().calculate())));
        com.call("DefaultCalculationTimeout = " + seconds, limit, () -> {
            sheet.setDefaultCalculationTimeout(seconds);
            return null;
        });
    }

    private List<String> aliases(String collection, Duration limit, boolean inputs) throws EngineException {
        return com.call(collection, limit, () -> {
            PrimeAliases aliases = inputs ? sheet.inputs() : sheet.outputs();
            List<String> names = new ArrayList<>();
            int count = aliases.count();
            for (int i = 0; i < count; i++) {
                names.add(aliases.getAliasByIndex(i));
            }
            return names;
        });
    }

    private Map<String, PrimeValue> inputValues(List<String> inputs, Duration limit) throws EngineException {
        Map<String, PrimeValue> values = new LinkedHashMap<>();
        for (String alias : inputs) {
            values.put(alias, com.call("InputGetValue(" + alias + ")", limit, () -> PrimeValue.read(sheet.inputGetValue(alias))));
        }
        return values;
    }

    /** The Mathcad Prime version the session talks to, as {@code GetVersion} answered it. */
    public String version() {
        return version.text();
    }

    /** Whether this session started Mathcad Prime (and will quit it), rather than attaching to one already open. */
    public boolean startedMathcad() {
        return !ourProcesses.isEmpty();
    }

    /** The designated inputs with the values the worksheet gave them when opened. */
    public Map<String, CaseValue> worksheetInputs() throws EngineException {
        Map<String, CaseValue> values = new LinkedHashMap<>();
        for (Map.Entry<String, PrimeValue> e : designations.inputValues().entrySet()) {
            values.put(e.getKey(), e.getValue().toCaseValue("input " + e.getKey()));
        }
        return values;
    }

    /**
     * Prime keeps every value set until it is set again, so an input the previous case set and this one does not is
     * set back to the worksheet's value first; one whose value Prime could not read at opening is restored by
     * opening the unchanged working copy again.
     */
    @Override
    public void setInputs(Map<String, CaseValue> inputs) throws EngineException {
        Map<String, PrimeInput> converted = new LinkedHashMap<>();
        for (Map.Entry<String, CaseValue> e : inputs.entrySet()) {
            String alias = e.getKey();
            if (!designations.inputs().contains(alias)) {
                throw EngineException.permanent("'" + alias + "' is not a designated input of this worksheet; its inputs are "
                        + String.join(", ", designations.inputs()));
            }
            try {
                converted.put(alias, PrimeInput.of(e.getValue(), designations.inputUnits(alias)));
            } catch (IllegalArgumentException ex) {
                throw EngineException.permanent("input " + alias + ": " + ex.getMessage());
            }
        }
        calculated = false;
        List<String> stale = applied.keySet().stream().filter(alias -> !converted.containsKey(alias)).toList();
        if (stale.stream().anyMatch(alias -> !worksheetValues.containsKey(alias))) {
            reopenPristine();
        } else {
            for (String alias : stale) {
                apply(alias, worksheetValues.get(alias));
                applied.remove(alias);
            }
        }
        for (Map.Entry<String, PrimeInput> e : converted.entrySet()) {
            apply(e.getKey(), e.getValue());
            applied.put(e.getKey(), e.getValue());
        }
    }

    /** Closes the sheet without saving and opens the working copy again, which holds the worksheet's own values. */
    private void reopenPristine() throws EngineException {
        if (sheet != null) {
            com.call("Close(spDiscardChanges)", options.timeouts().open(), () -> {
                sheet.close(SaveOption.DISCARD_CHANGES);
                return null;
            });
            sheet = null;
        }
        applied.clear();
        openWorkingCopy();
    }

    private void apply(String alias, PrimeInput input) throws EngineException {
        // Prime's setters may wait for the recalculation they start (DefaultCalculationTimeout governs Get/SetValue)
        Duration limit = longer(options.timeouts().setInputs(), calculationLimit());
        int code = com.call(input.setter() + "(" + alias + ")", limit, () -> input.applyTo(sheet, alias));
        PrimeErrorCode.check(code, "input " + alias + " (" + input.setter() + ")");
    }

    @Override
    public void calculate() throws EngineException {
        com.call("Synchronize", calculationLimit(), () -> {
            sheet.synchronize();
            return null;
        });
        calculated = true;
    }

    @Override
    public Map<String, CaseValue> outputs() throws EngineException {
        if (!calculated) {
            throw EngineException.permanent("outputs asked for before the case was calculated");
        }
        Map<String, CaseValue> outputs = new LinkedHashMap<>();
        for (String alias : designations.outputs()) {
            outputs.put(alias, output(alias));
        }
        return outputs;
    }

    private CaseValue output(String alias) throws EngineException {
        String what = "output " + alias;
        PrimeValue value = com.call("OutputGetValue(" + alias + ")", calculationLimit(), () -> PrimeValue.read(sheet.outputGetValue(alias)));
        PrimeErrorCode.check(value.errorCode(), what);
        String units = options.outputUnits().get(alias);
        if (units == null) {
            return value.toCaseValue(what);
        }
        if (value.type() == ResultType.REAL) {
            value = com.call("OutputGetRealValueAs(" + alias + ", " + units + ")", calculationLimit(),
                    () -> PrimeValue.readRealAs(sheet.outputGetRealValueAs(alias, units), units));
        } else if (value.type() == ResultType.MATRIX) {
            value = com.call("OutputGetMatrixValueAs(" + alias + ", " + units + ")", calculationLimit(),
                    () -> PrimeValue.readMatrixAs(sheet.outputGetMatrixValueAs(alias, units), units));
        } else {
            throw EngineException.permanent(what + " is a " + value.type().name().toLowerCase() + ", it cannot be read in " + units);
        }
        return value.toCaseValue(what + " in " + units);
    }

    @Override
    public void export(String format, Path target, String caseName) throws EngineException {
        ExportFormat kind = ExportFormat.of(format).orElseThrow(() -> EngineException.permanent("the mathcad engine exports "
                + String.join(", ", ExportFormat.names()) + ", not " + format));
        if (!version.atLeast(kind.sinceMajor())) {
            throw EngineException.permanent("Mathcad Prime " + version + " cannot export " + format + ": it needs Mathcad Prime "
                    + kind.sinceMajor() + " or later");
        }
        Path saved;
        try {
            saved = copy.exportFile(caseName, kind);
            // Prime asks before it overwrites a file, and that prompt blocks the automation call
            Files.deleteIfExists(saved);
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new EngineException("cannot prepare the export of " + target + ": " + e.getMessage(), true, e);
        }
        saveAs(kind, saved);
        String fullName = com.call("FullName", options.timeouts().export(), sheet::fullName);
        boolean renamed = !samePath(fullName, copy.file());
        if (renamed) {
            com.call("Close(spDiscardChanges)", options.timeouts().export(), () -> {
                sheet.close(SaveOption.DISCARD_CHANGES);
                return null;
            });
            sheet = null;
        }
        try {
            Files.move(saved, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new EngineException("cannot move the " + format + " export to " + target + ": " + e.getMessage(), true, e);
        } finally {
            if (renamed) {
                reopenWorkingCopy();
            }
        }
    }

    private void saveAs(ExportFormat kind, Path saved) throws EngineException {
        String licenceHint = "PDF export needs Mathcad Prime 6 or later with a full licence (Mathcad Prime Express cannot export PDF)";
        try {
            com.call("SaveAs(" + saved + ")", options.timeouts().export(), () -> {
                sheet.saveAs(saved.toString());
                return null;
            });
        } catch (EngineException e) {
            if (kind == ExportFormat.PDF && !e.sessionLost()) {
                throw new EngineException("Mathcad Prime could not save the PDF: " + e.getMessage() + "; " + licenceHint, false, e);
            }
            throw e;
        }
        boolean written;
        try {
            written = Files.isRegularFile(saved) && Files.size(saved) > 0;
        } catch (IOException e) {
            written = false;
        }
        if (!written) {
            throw kind == ExportFormat.PDF ? EngineException.permanent("Mathcad Prime wrote no PDF; " + licenceHint)
                    : EngineException.transientFailure("Mathcad Prime wrote no " + kind.extension() + " file at " + saved);
        }
    }

    /** Opens the working copy again after SaveAs made the export the open sheet, and gives it the case's inputs. */
    private void reopenWorkingCopy() throws EngineException {
        openWorkingCopy();
        for (Map.Entry<String, PrimeInput> e : new ArrayList<>(applied.entrySet())) {
            apply(e.getKey(), e.getValue());
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        boolean quit = false;
        if (!com.stuck()) {
            Duration limit = shorter(options.timeouts().open(), CLOSE_LIMIT);
            if (sheet != null) {
                attempt("Close(spDiscardChanges)", limit, () -> sheet.close(SaveOption.DISCARD_CHANGES));
            }
            if (app != null && startedMathcad() && !com.stuck()) {
                quit = attempt("Quit(spDiscardChanges)", limit, () -> app.quit(SaveOption.DISCARD_CHANGES));
            }
        }
        com.shutdown(connector::leaveApartment);
        reportEnded(quit);
        copy.delete();
    }

    @FunctionalInterface
    private interface ComAction {
        void run() throws PrimeComException;
    }

    private boolean attempt(String call, Duration limit, ComAction action) {
        try {
            com.call(call, limit, () -> {
                action.run();
                return null;
            });
            return true;
        } catch (EngineException e) {
            return false;
        }
    }

    /** Reports the processes we started that are gone; one still running stays recorded for the supervisor to kill. */
    private void reportEnded(boolean quit) {
        for (long pid : ourProcesses) {
            Optional<ProcessHandle> handle = ProcessHandle.of(pid);
            if (handle.isPresent() && handle.get().isAlive() && quit) {
                try {
                    handle.get().onExit().get(CLOSE_LIMIT.toSeconds(), TimeUnit.SECONDS);
                } catch (ExecutionException | TimeoutException e) {
                    continue;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (handle.isEmpty() || !handle.get().isAlive()) {
                processes.ended(pid);
            }
        }
    }

    private Duration calculationLimit() {
        return options.timeouts().calculate().plus(config.answerGrace());
    }

    private static long ceilSeconds(Duration d) {
        return d.getSeconds() + (d.getNano() > 0 ? 1 : 0);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static boolean samePath(String fullName, Path file) {
        if (fullName == null || fullName.isBlank()) {
            return false;
        }
        try {
            // Windows compares paths without regard to case
            return Path.of(fullName).toAbsolutePath().normalize().toString()
                    .equalsIgnoreCase(file.toAbsolutePath().normalize().toString());
        } catch (RuntimeException e) {
            return false;
        }
    }
}
