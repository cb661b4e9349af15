package org.primebatch.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.Json;
import org.primebatch.api.Priority;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code submit} and {@code run} share. Paths are made absolute here: the daemon has its own directory. */
final class SubmitOptions {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SHEET", description = "the worksheet (.mcdx); not with --from")
    Path worksheet;

    @Option(names = "--cases", paramLabel = "FILE", description = "CSV, XLSX or XLS file: one column per input alias, optional 'case' column, optional unit in the header (L [m])")
    Path cases;

    @Option(names = "--sheet", paramLabel = "NAME", description = "the workbook sheet of --cases (default: the first)")
    String sheet;

    @Option(names = "--sweep", paramLabel = "SPEC", description = "vary an input: \"L=2..10 step 0.5 m\" or \"w=10,20,30 kN/m\"; repeatable; multiplied with --cases when given")
    List<String> sweeps = new ArrayList<>();

    @Option(names = "--combine", paramLabel = "HOW", description = "how sweeps combine: product (every combination) or zip (element by element) (default: ${DEFAULT-VALUE})")
    String combine = "product";

    @Option(names = "--max-cases", paramLabel = "N", description = "refuse a batch of more cases than this (default: 1000000)")
    Integer maxCases;

    @Option(names = "--from", paramLabel = "MANIFEST", description = "run again the batch a manifest.json records (its worksheet, settings and cases)")
    Path from;

    @Option(names = "--only", split = ",", paramLabel = "STATE", description = "with --from: only the cases that ended so (failed, cancelled…)")
    List<String> only = new ArrayList<>();

    @Option(names = "--engine", paramLabel = "ENGINE", description = "auto, native, mathcad or echo (default: ${DEFAULT-VALUE})")
    String engine = "auto";

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: SHEET's folder/SHEET-results)")
    Path out;

    @Option(names = "--export", split = ",", paramLabel = "FORMAT", description = "artifacts per case, comma-separated (pdf, mcdx; json for echo)")
    List<String> exports = new ArrayList<>();

    @Option(names = "--name-template", paramLabel = "T", description = "artifact name: {case} {seq} {batch} {worksheet} {ALIAS} (default: {case})")
    String nameTemplate;

    @Option(names = "--name", paramLabel = "NAME", description = "batch name (default: the worksheet's name)")
    String name;

    @Option(names = "--priority", paramLabel = "P", description = "high, normal or low (default: normal)")
    String priority = "normal";

    @Option(names = "--retries", paramLabel = "N", description = "times a failed case is tried again (default: ${DEFAULT-VALUE})")
    int retries = BatchSpec.DEFAULT_RETRIES;

    @Option(names = "--timeout", paramLabel = "SEC", description = "longest one case may take, in seconds")
    Integer timeout;

    @Option(names = "--call-timeout", split = ",", paramLabel = "CALL=SEC",
            description = "longest one engine call may take, in seconds: open, setInputs, calculate, export (calculate=300,open=60)")
    Map<String, Integer> callTimeouts = new LinkedHashMap<>();

    @Option(names = "--output-unit", split = ",", paramLabel = "ALIAS=UNIT", description = "read an output in this unit (M_max=kN*m)")
    Map<String, String> outputUnits = new LinkedHashMap<>();

    @Option(names = "--error-threshold", paramLabel = "F", description = "pause the batch when more than this fraction (0..1) of finished cases failed")
    Double errorThreshold;

    @Option(names = "--error-min", paramLabel = "N", description = "finished cases before the error threshold applies (default: 10)")
    Integer errorMin;

    @Option(names = "--overwrite", paramLabel = "CHOICE", description = "when --out holds another batch's results or files this batch writes: "
            + "replace them, keep them (this batch's files take new names) or rename (write into OUT-2); without it such a batch is refused")
    String overwrite;

    @Option(names = "--check", paramLabel = "CHECK", description = "a check every case's outputs must pass, as \"utilisation <= 1\" "
            + "or \"sigma < 235 MPa and delta_max <= 20 mm\"; failing cases are counted and marked in the results")
    String check;

    @Option(names = "--verify", paramLabel = "N", description = "cross-check with Mathcad Prime: run N cases (the first, the last, "
            + "ones between) on both engines before the rest run natively; 0 for none (default: 3 with --engine auto "
            + "when Mathcad Prime is available, else none)")
    Integer verify;

    @Option(names = "--spot-check", paramLabel = "K", description = "with a cross-check, run every K-th case on both engines "
            + "again (default: 50; 0 for none)")
    Integer spotCheck;

    @Mixin
    DesignateOptions designate = new DesignateOptions();

    @Option(names = "--dry-run", description = "check everything and show what would be queued, without queueing")
    boolean dryRun;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    ObjectNode request() {
        ObjectNode request = Json.object();
        if (from != null) {
            if (worksheet != null || cases != null || !sweeps.isEmpty() || !designate.names().isEmpty()) {
                throw new CliFailure(Main.BAD_INPUT, "--from runs the batch the manifest records: give no SHEET, --cases, --sweep, --input or --output with it");
            }
            if (!Files.isRegularFile(from)) {
                throw new CliFailure(Main.BAD_INPUT, "manifest not found: " + from);
            }
            request.put("manifest", absolute(from));
            request.set("only", Json.tree(only));
        } else {
            if (!only.isEmpty()) {
                throw new CliFailure(Main.BAD_INPUT, "--only goes with --from");
            }
            if (worksheet == null) {
                throw new CliFailure(Main.BAD_INPUT, "give a worksheet (SHEET), or --from MANIFEST");
            }
            if (!Files.isRegularFile(worksheet)) {
                throw new CliFailure(Main.BAD_INPUT, "worksheet not found: " + worksheet);
            }
            if (cases == null && sweeps.isEmpty()) {
                throw new CliFailure(Main.BAD_INPUT, "give the cases: --cases FILE, --sweep SPEC or both");
            }
            if (cases != null && !Files.isRegularFile(cases)) {
                throw new CliFailure(Main.BAD_INPUT, "case file not found: " + cases);
            }
            Priority p;
            try {
                p = Priority.parse(priority);
            } catch (IllegalArgumentException e) {
                throw new CliFailure(Main.BAD_INPUT, e.getMessage());
            }
            BatchSpec spec = new BatchSpec(name, absolute(worksheet), engine, out == null ? null : absolute(out), exports,
                    nameTemplate, p, retries, timeout, errorThreshold, errorMin, callTimeouts, outputUnits, overwrite, null, check,
                    verify, spotCheck, designate.names());
            request.set("spec", Json.tree(spec));
            if (cases != null) {
                request.put("caseFile", absolute(cases));
            }
            if (sheet != null) {
                request.put("sheet", sheet);
            }
            if (!sweeps.isEmpty()) {
                request.set("sweeps", Json.tree(sweeps));
                request.put("combine", combine);
            }
            if (maxCases != null) {
                request.put("maxCases", maxCases);
            }
        }
        if (dryRun) {
            request.put("dryRun", true);
        }
        return request;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
