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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code submit} and {@code run} share. Paths are made absolute here: the daemon has its own directory. */
final class SubmitOptions {
    @Parameters(index = "0", paramLabel = "SHEET", description = "the worksheet (.mcdx)")
    Path worksheet;

    @Option(names = "--cases", required = true, paramLabel = "FILE", description = "CSV file: one column per input alias, optional 'case' column, optional unit in the header (L [m])")
    Path cases;

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

    @Option(names = "--dry-run", description = "check everything and show what would be queued, without queueing")
    boolean dryRun;

    @Option(names = "--json", description = "one JSON document on stdout")
    boolean json;

    ObjectNode request() {
        if (!Files.isRegularFile(worksheet)) {
            throw new CliFailure(Main.BAD_INPUT, "worksheet not found: " + worksheet);
        }
        if (!Files.isRegularFile(cases)) {
            throw new CliFailure(Main.BAD_INPUT, "case file not found: " + cases);
        }
        Priority p;
        try {
            p = Priority.parse(priority);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(Main.BAD_INPUT, e.getMessage());
        }
        BatchSpec spec = new BatchSpec(name, absolute(worksheet), engine, out == null ? null : absolute(out), exports,
                nameTemplate, p, retries, timeout, errorThreshold, errorMin, callTimeouts, outputUnits);
        ObjectNode request = Json.object();
        request.set("spec", Json.tree(spec));
        request.put("caseFile", absolute(cases));
        if (dryRun) {
            request.put("dryRun", true);
        }
        return request;
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
