package org.primebatch.queue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.primebatch.access.Caller;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchPreview;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.Designated;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.InputSyntax;
import org.primebatch.api.IoValue;
import org.primebatch.api.Json;
import org.primebatch.api.ResultCheck;
import org.primebatch.api.ValueKind;
import org.primebatch.api.RpcException;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.api.DesignationNames;
import org.primebatch.mcdx.DesignationException;
import org.primebatch.mcdx.InputRules;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.McdxWorksheet;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.Protocol;
import org.primebatch.report.ResultFiles;
import org.primebatch.store.QueueStore;

/**
 * Checks a whole batch before anything is queued (worksheet, engine, exports, output folder, name template, every
 * case), then queues it in one transaction. The stored spec names the engine actually chosen and absolute paths.
 */
public final class Submitter {
    public static final int MAX_CASES = 1_000_000;
    private static final int PREVIEW_CASES = 5;

    private final QueueStore store;
    private final Engines engines;
    private final Runner runner;
    private final OutputFolders folders;
    private final ClientPaths paths;

    /** A submitter with no home to guard (a queue run without a daemon). */
    public Submitter(QueueStore store, Engines engines, Runner runner, Path fallbackOutputs) {
        this(store, engines, runner, null, fallbackOutputs);
    }

    /**
     * @param home            the daemon's home: no batch may name a folder in its own places (queue, run, logs…)
     * @param fallbackOutputs where output folders go when the worksheet's own folder cannot be written
     */
    public Submitter(QueueStore store, Engines engines, Runner runner, Path home, Path fallbackOutputs) {
        this.store = store;
        this.engines = engines;
        this.runner = runner;
        this.paths = new ClientPaths(new HomePaths(home));
        this.folders = new OutputFolders(store, paths, fallbackOutputs);
    }

    /** The paths a client names, checked against the daemon's home and the caller's rights. */
    public ClientPaths paths() {
        return paths;
    }

    /** Submits as the daemon's own user (a queue run without a daemon). */
    public BatchView submit(BatchSpec spec, List<CaseInput> given) {
        return submit(Caller.thisProcess(), spec, given);
    }

    /** Checks the batch as {@code caller} may have it run, then queues it as theirs. */
    public BatchView submit(Caller caller, BatchSpec spec, List<CaseInput> given) {
        Resolved resolved = resolve(caller, spec);
        validate(resolved, given);
        checkFileInputs(caller, resolved.engine(), given);
        List<CaseInput> cases = inInputUnits(given, resolved.designations());
        BatchSpec stored = resolved.spec();
        OutputFolders.Plan plan = folders.plan(caller, stored, cases, true);
        BatchView view = store.submit(caller.name(), id -> stored.withOutput(plan.folderFor(id).toString(), stored.overwrite()), cases);
        runner.wakeUp();
        return view;
    }

    /**
     * Checks the batch exactly as {@link #submit} does and tells what would be queued, without queueing: the engine
     * chosen, the output folder, the number of cases and the first cases with their artifact names.
     */
    public BatchPreview preview(BatchSpec spec, List<CaseInput> given) {
        return preview(Caller.thisProcess(), spec, given);
    }

    /** As {@link #preview(BatchSpec, List)}, checked as {@code caller} may have it run. */
    public BatchPreview preview(Caller caller, BatchSpec spec, List<CaseInput> given) {
        Resolved resolved = resolve(caller, spec);
        validate(resolved, given);
        checkFileInputs(caller, resolved.engine(), given);
        List<CaseInput> cases = inInputUnits(given, resolved.designations());
        BatchSpec stored = resolved.spec();
        stored = stored.withOutput(folders.plan(caller, stored, cases, false).preview(), stored.overwrite());
        ArtifactNames names = ArtifactNames.of(stored.nameTemplate());
        Path outDir = Path.of(stored.outDir());
        List<BatchPreview.PreviewCase> first = new ArrayList<>();
        for (int i = 0; i < Math.min(PREVIEW_CASES, cases.size()); i++) {
            CaseInput input = cases.get(i);
            Map<String, String> values = CaseExecutor.placeholders(input.name(), i + 1, "new", stored, input.inputs());
            List<String> artifacts = new ArrayList<>();
            for (String format : stored.exports()) {
                if (format.equals(ResultFiles.MERGED_PDF)) {
                    continue;
                }
                artifacts.add(outDir.relativize(names.resolve(outDir, values, format)).toString());
            }
            first.add(new BatchPreview.PreviewCase(i + 1, values.get("case"), input.inputs(), artifacts));
        }
        Set<String> columns = new TreeSet<>();
        cases.forEach(c -> columns.addAll(c.inputs().keySet()));
        return new BatchPreview(stored, cases.size(), List.copyOf(columns), first);
    }

    /**
     * The spec as stored, the inputs the worksheet designates (null when the engine does not know them) and what this
     * reader sees of them (null when the engine takes any name or the worksheet cannot be read here).
     */
    record Resolved(BatchSpec spec, Set<String> inputs, Engine engine, WorksheetInfo designations) {
    }

    Resolved resolve(Caller caller, BatchSpec spec) {
        if (spec.worksheet() == null || spec.worksheet().isBlank()) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "the batch names no worksheet");
        }
        paths.readable(caller, "worksheet", spec.worksheet(), ErrorCode.INVALID_SPEC, ErrorCode.INVALID_SPEC);
        Path worksheet = Path.of(spec.worksheet()).normalize();
        if (!Files.isRegularFile(worksheet)) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "worksheet not found: " + worksheet);
        }
        DesignationNames names = designatable(worksheet, spec.designate());
        Engines.Choice choice = engines.choose(spec.engine(), worksheet, names);
        Engine engine = choice.engine();
        CrossCheckChoice crossCheck = CrossCheckChoice.of(spec, choice, engines, worksheet);
        List<String> exports = new ArrayList<>(spec.exports());
        if (exports.contains(ResultFiles.MERGED_PDF) && !exports.contains("pdf")) {
            // the merged PDF is made of the cases' PDFs
            exports.add(0, "pdf");
        }
        for (String format : exports) {
            if (format.equals(ResultFiles.MERGED_PDF)) {
                continue;
            }
            if (!engine.exportFormats().contains(format)) {
                throw new RpcException(ErrorCode.INVALID_SPEC, "the " + engine.name() + " engine cannot export " + format
                        + "; it exports: " + String.join(", ", engine.exportFormats()));
            }
        }
        try {
            ArtifactNames.of(spec.nameTemplate());
        } catch (IllegalArgumentException e) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "name template: " + e.getMessage());
        }
        if (spec.retries() < 0 || spec.retries() > 100) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "retries must be between 0 and 100");
        }
        if (spec.timeoutSeconds() != null && spec.timeoutSeconds() <= 0) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "timeout must be a positive number of seconds");
        }
        OverwritePolicy overwrite;
        try {
            overwrite = OverwritePolicy.parse(spec.overwrite());
            CallTimeouts.DEFAULTS.with(spec.callTimeouts());
            ResultCheck.parse(spec.check());
        } catch (IllegalArgumentException e) {
            throw new RpcException(ErrorCode.INVALID_SPEC, e.getMessage());
        }
        if (spec.errorThreshold() != null && (spec.errorThreshold() < 0 || spec.errorThreshold() > 1)) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "error threshold must be between 0 and 1");
        }
        String outDir = spec.outDir() == null || spec.outDir().isBlank() ? null
                : paths.writableFolder(caller, "output folder", spec.outDir(), ErrorCode.INVALID_SPEC).toString();
        String name = spec.name() != null && !spec.name().isBlank() ? spec.name() : CaseExecutor.baseName(worksheet);
        Set<String> inputs = choice.admission().inputs();
        WorksheetInfo designations = inputs == null ? null : designations(engine, worksheet, names);
        if (designations != null && designations.outputs().isEmpty() && exports.isEmpty()) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "the worksheet designates no outputs and the batch exports nothing, so"
                    + " it would keep no result: name outputs (--output NAME) or export each case's report (--export pdf,mcdx)");
        }
        return new Resolved(new BatchSpec(name, worksheet.toString(), engine.name(), outDir, exports,
                spec.nameTemplate(), spec.priority(), spec.retries(), spec.timeoutSeconds(), spec.errorThreshold(),
                spec.errorMinItems(), spec.callTimeouts(), spec.outputUnits(), overwrite.word(), designated(designations),
                spec.check(), crossCheck.verify(), crossCheck.spotCheck(), names), inputs, engine, designations);
    }

    /** The names a batch designates, once the worksheet is known to hold each of them. */
    private static DesignationNames designatable(Path worksheet, DesignationNames names) {
        if (names.isEmpty()) {
            return names;
        }
        try {
            McdxWorksheet.open(worksheet).designating(names);
            return names;
        } catch (DesignationException | McdxException e) {
            throw new RpcException(ErrorCode.INVALID_SPEC, Protocol.CANNOT_DESIGNATE + ": " + e.getMessage());
        }
    }

    /** The designated inputs with the worksheet's values and the designated outputs, in the worksheet's order. */
    private static Designated designated(WorksheetInfo designations) {
        if (designations == null) {
            return Designated.NONE;
        }
        Map<String, CaseValue> inputs = new LinkedHashMap<>();
        for (IoValue input : designations.inputs()) {
            if (input.value() != null && !input.value().isNull()) {
                inputs.put(input.alias(), new CaseValue(input.value(), input.unit()));
            }
        }
        return new Designated(inputs, designations.outputs().stream().map(IoValue::alias).toList());
    }

    /**
     * The cases with every number or matrix given without a unit put in its designated input's own unit, as the
     * checks took it: the stored case then says what it means, and every engine reads it alike (a bare number is
     * never a dimensionless one for an input in metres). Cases that need nothing are kept as they are.
     */
    static List<CaseInput> inInputUnits(List<CaseInput> cases, WorksheetInfo designations) {
        if (designations == null) {
            return cases;
        }
        Map<String, String> units = new LinkedHashMap<>();
        for (IoValue input : designations.inputs()) {
            if (input.kind() != ValueKind.STRING && input.unit() != null && !input.unit().isBlank()) {
                units.put(input.alias(), input.unit());
            }
        }
        if (units.isEmpty()) {
            return cases;
        }
        List<CaseInput> completed = new ArrayList<>(cases.size());
        for (CaseInput input : cases) {
            Map<String, CaseValue> values = null;
            for (var entry : input.inputs().entrySet()) {
                CaseValue value = entry.getValue();
                String unit = units.get(entry.getKey());
                if (unit != null && value.unit() == null && value.kind() != ValueKind.STRING) {
                    if (values == null) {
                        values = new LinkedHashMap<>(input.inputs());
                    }
                    values.put(entry.getKey(), new CaseValue(value.value(), unit));
                }
            }
            completed.add(values == null ? input : new CaseInput(input.name(), values));
        }
        return completed;
    }

    /** A value of an input the engine writes a file at is a path the caller must be able to write themselves. */
    private void checkFileInputs(Caller caller, Engine engine, List<CaseInput> cases) {
        Set<String> fileInputs = engine.fileInputs();
        if (fileInputs.isEmpty()) {
            return;
        }
        for (int i = 0; i < cases.size(); i++) {
            for (String alias : fileInputs) {
                CaseValue value = cases.get(i).inputs().get(alias);
                if (value != null && value.value() != null) {
                    paths.writableFile(caller, caseLabel(cases.get(i), i) + ", input '" + alias + "'",
                            value.value().asText(), ErrorCode.INVALID_CASES);
                }
            }
        }
    }

    private static String caseLabel(CaseInput input, int index) {
        return "case " + (index + 1) + (input.name() != null ? " (" + input.name() + ")" : "");
    }

    /** Checks the output units and every case against the worksheet's designations, read once. */
    private static void validate(Resolved resolved, List<CaseInput> cases) {
        WorksheetInfo designations = resolved.designations();
        validateOutputUnits(resolved.spec().outputUnits(), designations);
        validateCheck(resolved.spec(), designations);
        validateCases(cases, designatedInputs(resolved, designations), resolved.engine());
    }

    /**
     * The worksheet's designated inputs and outputs as the engine reads them, or null when it cannot (the engine took
     * the worksheet all the same: names are still checked, kinds and units by the engine).
     */
    private static WorksheetInfo designations(Engine engine, Path worksheet, DesignationNames names) {
        try {
            return engine.inspect(worksheet, names);
        } catch (EngineException e) {
            return null;
        }
    }

    /** Each output the batch asks a unit for must be designated by the worksheet and have a unit of that dimension. */
    private static void validateOutputUnits(Map<String, String> asked, WorksheetInfo designations) {
        if (asked.isEmpty() || designations == null) {
            return;
        }
        List<IoValue> outputs = designations.outputs();
        List<String> problems = new ArrayList<>();
        asked.forEach((alias, unit) -> {
            IoValue output = outputs.stream().filter(o -> o.alias().equals(alias)).findFirst().orElse(null);
            String problem = output == null ? "the worksheet designates no output " + alias
                    : InputRules.outputUnitProblem(output, unit);
            if (problem != null) {
                problems.add("output unit of " + alias + ": " + problem);
            }
        });
        if (!problems.isEmpty()) {
            throw new RpcException(ErrorCode.INVALID_SPEC, String.join("; ", problems));
        }
    }

    /**
     * Each output a check names must be designated, and a limit with a unit must be in the unit the output is read in
     * (the worksheet's, or the one the batch asks): a check is never judged on a number in another unit.
     */
    private static void validateCheck(BatchSpec spec, WorksheetInfo designations) {
        ResultCheck check = spec.resultCheck();
        if (check == null || designations == null) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (ResultCheck.Limit limit : check.limits()) {
            IoValue output = designations.outputs().stream().filter(o -> o.alias().equals(limit.alias())).findFirst().orElse(null);
            if (output == null) {
                problems.add("the worksheet designates no output " + limit.alias() + " (it has: "
                        + String.join(", ", designations.outputs().stream().map(IoValue::alias).toList()) + ")");
                continue;
            }
            String unit = spec.outputUnits().getOrDefault(limit.alias(), output.unit());
            if (limit.unit() != null && !ResultCheck.holdsUnit(limit, unit)) {
                problems.add(limit.display() + ": " + limit.alias() + " is read in " + (unit == null ? "no unit" : unit)
                        + "; write the limit in that unit or ask the output's unit " + limit.unit());
            }
        }
        if (!problems.isEmpty()) {
            throw new RpcException(ErrorCode.INVALID_SPEC, "check: " + String.join("; ", problems));
        }
    }

    /** The worksheet's designated inputs by alias, when the engine checks names; null when any name is taken. */
    private static Map<String, IoValue> designatedInputs(Resolved resolved, WorksheetInfo designations) {
        if (resolved.inputs() == null) {
            return null;
        }
        Map<String, IoValue> inputs = new LinkedHashMap<>();
        resolved.inputs().forEach(alias -> inputs.put(alias, null));
        if (designations != null) {
            designations.inputs().stream().filter(input -> inputs.containsKey(input.alias()))
                    .forEach(input -> inputs.put(input.alias(), input));
        }
        return inputs;
    }

    static void validateCases(List<CaseInput> cases, Map<String, IoValue> knownInputs, Engine engine) {
        if (cases.isEmpty()) {
            throw new RpcException(ErrorCode.INVALID_CASES, "the batch has no cases");
        }
        if (cases.size() > MAX_CASES) {
            throw new RpcException(ErrorCode.INVALID_CASES, "a batch holds at most " + MAX_CASES + " cases, not " + cases.size());
        }
        List<String> problems = new ArrayList<>();
        ArrayNode cells = Json.MAPPER.createArrayNode(); // the same problems by case and input, for clients that mark cells
        for (int i = 0; i < cases.size() && problems.size() < 100; i++) {
            for (var input : cases.get(i).inputs().entrySet()) {
                String alias = input.getKey();
                String problem;
                if (!InputSyntax.isAlias(alias)) {
                    problem = "not a valid alias (" + InputSyntax.ALIAS_RULE + ")";
                } else if (knownInputs != null && !knownInputs.containsKey(alias)) {
                    problem = "the worksheet designates no such input (it has: " + String.join(", ", new TreeSet<>(knownInputs.keySet())) + ")";
                } else {
                    IoValue designated = knownInputs == null ? null : knownInputs.get(alias);
                    String invalid = designated != null ? InputRules.problem(designated, input.getValue()) : null;
                    problem = invalid != null ? invalid : engine.invalidInput(input.getValue());
                }
                if (problem != null) {
                    problems.add(caseLabel(cases.get(i), i) + ", input '" + alias + "': " + problem);
                    cells.add(Json.object().put("case", i + 1).put("input", alias).put("message", problem));
                }
            }
        }
        if (!problems.isEmpty()) {
            ObjectNode data = Json.object();
            data.set("problems", Json.tree(problems));
            data.set("cells", cells);
            throw new RpcException(ErrorCode.INVALID_CASES, String.join("; ", problems), data);
        }
    }
}
