package org.primebatch.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * What a batch runs: the worksheet, the engine and how each case is retried, timed and exported.
 *
 * @param retries        how many times a failed case is tried again (so {@code retries + 1} attempts)
 * @param timeoutSeconds longest a single case may take, or null for the engine's default
 * @param errorThreshold fraction of failed cases (0..1) above which the batch pauses itself, or null for never
 * @param errorMinItems  finished cases needed before the error threshold applies
 * @param callTimeouts   seconds each engine call may take ({@code open}, {@code setInputs}, {@code calculate},
 *                       {@code export}), overriding the engine's defaults
 * @param outputUnits    unit to read each output in, by alias; outputs not named come in the worksheet's unit
 * @param overwrite      what to do when the output folder holds another batch's results or files this batch writes:
 *                       {@code refuse} (the default), {@code replace}, {@code keep} or {@code rename}; see
 *                       {@link OverwritePolicy}
 * @param designated     the worksheet's designated inputs with its values, and its outputs, read at submission
 * @param check          the check each succeeded case's outputs must pass ({@link ResultCheck}), or null for none
 * @param verify         cases cross-checked with Mathcad Prime before the rest run natively ({@link CrossCheck}); as
 *                       asked, null means the default (3 for {@code auto} when both engines are available, else none)
 *                       and 0 none; as stored, 0 or null means the batch is not cross-checked
 * @param spotCheck      every how many cases one is cross-checked again while the batch runs natively (0: never);
 *                       null means {@link CrossCheck#DEFAULT_SPOT_CHECK}
 * @param designate      definitions the batch designates by variable name, beside the worksheet's own designations
 */
public record BatchSpec(
        String name,
        String worksheet,
        String engine,
        String outDir,
        List<String> exports,
        String nameTemplate,
        Priority priority,
        Integer retries,
        Integer timeoutSeconds,
        Double errorThreshold,
        Integer errorMinItems,
        Map<String, Integer> callTimeouts,
        Map<String, String> outputUnits,
        String overwrite,
        Designated designated,
        String check,
        Integer verify,
        Integer spotCheck,
        @JsonInclude(value = JsonInclude.Include.CUSTOM, valueFilter = DesignationNames.Nothing.class)
        DesignationNames designate) {

    public static final int DEFAULT_RETRIES = 2;
    public static final String DEFAULT_NAME_TEMPLATE = "{case}";

    public BatchSpec {
        exports = exports == null ? List.of() : List.copyOf(exports);
        priority = priority == null ? Priority.NORMAL : priority;
        retries = retries == null ? DEFAULT_RETRIES : retries;
        engine = engine == null || engine.isBlank() ? "auto" : engine;
        nameTemplate = nameTemplate == null || nameTemplate.isBlank() ? DEFAULT_NAME_TEMPLATE : nameTemplate;
        errorMinItems = errorMinItems == null ? 10 : errorMinItems;
        callTimeouts = callTimeouts == null ? Map.of() : Map.copyOf(callTimeouts);
        outputUnits = outputUnits == null ? Map.of() : Map.copyOf(outputUnits);
        overwrite = overwrite == null || overwrite.isBlank() ? OverwritePolicy.REFUSE.word() : overwrite.strip();
        designated = designated == null ? Designated.NONE : designated;
        check = check == null || check.isBlank() ? null : check.strip();
        designate = designate == null ? DesignationNames.NONE : designate;
    }

    /** A spec that is not cross-checked and designates nothing by name. */
    public BatchSpec(String name, String worksheet, String engine, String outDir, List<String> exports, String nameTemplate,
            Priority priority, Integer retries, Integer timeoutSeconds, Double errorThreshold, Integer errorMinItems,
            Map<String, Integer> callTimeouts, Map<String, String> outputUnits, String overwrite, Designated designated,
            String check) {
        this(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds, errorThreshold,
                errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, null, null, null);
    }

    /** A spec that designates nothing by name. */
    public BatchSpec(String name, String worksheet, String engine, String outDir, List<String> exports, String nameTemplate,
            Priority priority, Integer retries, Integer timeoutSeconds, Double errorThreshold, Integer errorMinItems,
            Map<String, Integer> callTimeouts, Map<String, String> outputUnits, String overwrite, Designated designated,
            String check, Integer verify, Integer spotCheck) {
        this(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds, errorThreshold,
                errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, verify, spotCheck, null);
    }

    /** A spec that is not cross-checked. */
    public BatchSpec(String name, String worksheet, String engine, String outDir, List<String> exports, String nameTemplate,
            Priority priority, Integer retries, Integer timeoutSeconds, Double errorThreshold, Integer errorMinItems,
            Map<String, Integer> callTimeouts, Map<String, String> outputUnits, String overwrite, Designated designated,
            String check, DesignationNames designate) {
        this(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds, errorThreshold,
                errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, null, null, designate);
    }

    /** A spec without a check. */
    public BatchSpec(String name, String worksheet, String engine, String outDir, List<String> exports, String nameTemplate,
            Priority priority, Integer retries, Integer timeoutSeconds, Double errorThreshold, Integer errorMinItems,
            Map<String, Integer> callTimeouts, Map<String, String> outputUnits, String overwrite, Designated designated) {
        this(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds, errorThreshold,
                errorMinItems, callTimeouts, outputUnits, overwrite, designated, null, null, null, null);
    }

    /** A spec whose worksheet's designations are not known yet (the daemon reads them when it takes the batch). */
    public BatchSpec(String name, String worksheet, String engine, String outDir, List<String> exports, String nameTemplate,
            Priority priority, Integer retries, Integer timeoutSeconds, Double errorThreshold, Integer errorMinItems,
            Map<String, Integer> callTimeouts, Map<String, String> outputUnits, String overwrite) {
        this(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds, errorThreshold,
                errorMinItems, callTimeouts, outputUnits, overwrite, Designated.NONE, null, null, null, null);
    }

    /** This spec with another output folder and overwrite choice. */
    public BatchSpec withOutput(String outDir, String overwrite) {
        return new BatchSpec(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds,
                errorThreshold, errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, verify, spotCheck,
                designate);
    }

    /** This spec cross-checked with {@code verify} cases and a spot check every {@code spotCheck} (0 for none). */
    public BatchSpec withCrossCheck(int verify, int spotCheck) {
        return new BatchSpec(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds,
                errorThreshold, errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, verify, spotCheck,
                designate);
    }

    /** This spec designating {@code names} by variable name. */
    public BatchSpec withDesignate(DesignationNames names) {
        return new BatchSpec(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds,
                errorThreshold, errorMinItems, callTimeouts, outputUnits, overwrite, designated, check, verify, spotCheck,
                names);
    }

    /** Whether this (stored) batch is cross-checked with Mathcad Prime. */
    public boolean crossChecked() {
        return verify != null && verify > 0;
    }

    /** The spot-check interval, the default when none was given. */
    public int spotCheckEvery() {
        return spotCheck == null ? CrossCheck.DEFAULT_SPOT_CHECK : spotCheck;
    }

    /** This spec without the worksheet's designated values, which are the worksheet's content. */
    public BatchSpec withoutDesignated() {
        return new BatchSpec(name, worksheet, engine, outDir, exports, nameTemplate, priority, retries, timeoutSeconds,
                errorThreshold, errorMinItems, callTimeouts, outputUnits, overwrite, Designated.NONE, check, verify, spotCheck,
                designate);
    }

    /** The batch's check, or null when it has none. */
    public ResultCheck resultCheck() {
        return ResultCheck.parse(check);
    }

    public int maxAttempts() {
        return retries + 1;
    }
}
