package org.primebatch.queue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primebatch.api.ArtifactNames;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.ResultCheck;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.EngineUnavailableException;
import org.primebatch.engine.FiniteOutputs;
import org.primebatch.report.OutputTarget;
import org.primebatch.report.ResultFiles;
import org.primebatch.store.Claim;
import org.primebatch.store.Outcome;

/**
 * Runs claimed cases on one worker thread, on its engine. Keeps the engine session of the last worksheet open, so a
 * batch opens its worksheet once per worker rather than once per case. A case of a cross-checked batch that runs on
 * both engines runs here on Mathcad Prime, then through {@link CrossCheckRun} on the native engine.
 */
final class CaseExecutor implements AutoCloseable {
    private final Engines engines;
    private final String engine;
    private final CrossCheckRun crossCheck;
    private final KeptSession session;

    /** @param engine the engine of the worker, which claims only cases routed to it */
    CaseExecutor(Engines engines, String engine) {
        this.engines = engines;
        this.engine = engine;
        this.crossCheck = new CrossCheckRun(engines);
        this.session = new KeptSession(engines, engine, "engine " + engine + " is not installed in this daemon");
    }

    /** Runs one case of a batch submitted at {@code submitted} (files older than that are another's). */
    Outcome run(Claim claim, BatchSpec spec, ArtifactNames names, Instant submitted) {
        Outcome outcome = calculate(claim, spec, names, submitted);
        return claim.crossCheck() ? crossCheck.compare(claim, spec, outcome) : outcome;
    }

    private Outcome calculate(Claim claim, BatchSpec spec, ArtifactNames names, Instant submitted) {
        try {
            EngineSession open = session.open(spec);
            open.setInputs(claim.inputs());
            open.calculate();
            Map<String, CaseValue> outputs = FiniteOutputs.require(open.outputs());
            List<String> artifacts = export(open, claim, spec, names, submitted);
            ResultCheck check = spec.resultCheck();
            Boolean passed = check == null ? null : check.verdict(ItemState.SUCCEEDED, outputs) == ResultCheck.Verdict.PASS;
            return new Outcome.Succeeded(claim.fence(), outputs, artifacts, passed);
        } catch (EngineUnavailableException e) {
            closeSession();
            return new Outcome.Requeued(claim.fence(), e.getMessage());
        } catch (EngineException e) {
            if (e.retryable()) {
                closeSession();
            }
            return new Outcome.Failed(claim.fence(), e.getMessage(), e.retryable());
        } catch (RuntimeException e) {
            closeSession();
            return new Outcome.Failed(claim.fence(), "engine error: " + e, true);
        }
    }

    private static List<String> export(EngineSession session, Claim claim, BatchSpec spec, ArtifactNames names,
            Instant submitted) throws EngineException {
        if (spec.exports().isEmpty()) {
            return List.of();
        }
        Path outDir = Path.of(spec.outDir());
        Map<String, String> values = placeholders(claim.name(), claim.seq(), String.valueOf(claim.batchId()), spec, claim.inputs());
        List<String> written = new ArrayList<>();
        OverwritePolicy policy = OverwritePolicy.parse(spec.overwrite());
        for (String format : spec.exports()) {
            if (format.equals(ResultFiles.MERGED_PDF)) {
                continue;
            }
            Path target;
            try {
                target = OutputTarget.choose(names.resolve(outDir, values, format, claim.seq()), policy, submitted,
                        claim.batchId());
            } catch (OutputTarget.TakenException e) {
                throw EngineException.permanent(e.getMessage());
            }
            Path temp = target.resolveSibling("." + target.getFileName() + ".part");
            try {
                Files.createDirectories(outDir);
                session.export(format, temp, values.get("case"));
                ResultFiles.moveIntoPlace(temp, target);
            } catch (IOException e) {
                throw new EngineException("cannot write " + target + ": " + e.getMessage(), true, e);
            } finally {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temporary file is hidden and overwritten by the next attempt
                }
            }
            written.add(target.toString());
        }
        return written;
    }

    /** The values of a name template's placeholders for one case. */
    static Map<String, String> placeholders(String name, int seq, String batch, BatchSpec spec, Map<String, CaseValue> inputs) {
        return ArtifactNames.placeholders(name, seq, batch, baseName(Path.of(spec.worksheet())), inputs);
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    void closeSession() {
        crossCheck.closeSession();
        session.close();
    }

    @Override
    public void close() {
        closeSession();
    }
}
