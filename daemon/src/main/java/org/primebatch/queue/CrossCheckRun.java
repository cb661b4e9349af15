package org.primebatch.queue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.CrossCheck;
import org.primebatch.engine.CallTimeouts;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.mcdx.OutputComparison;
import org.primebatch.store.Claim;
import org.primebatch.store.CrossCheckVerdict;
import org.primebatch.store.Outcome;

/**
 * The second half of a case run on both engines: once Mathcad Prime calculated it (or refused it for good), the same
 * inputs run on the native engine, and every output is compared by {@code check}'s rule. Mathcad's outcome stands as
 * the case's; the verdict goes with it. Keeps its native session open across cases of one worksheet.
 */
final class CrossCheckRun implements AutoCloseable {
    private final Engines engines;
    private EngineSession session;
    private String sessionKey;

    CrossCheckRun(Engines engines) {
        this.engines = engines;
    }

    /** {@code reference} compared with the native engine; an outcome that is not final for the case is left alone. */
    Outcome compare(Claim claim, BatchSpec spec, Outcome reference) {
        boolean mathcadCalculated = reference instanceof Outcome.Succeeded;
        boolean mathcadRefused = reference instanceof Outcome.Failed f && !f.retryable();
        if (!mathcadCalculated && !mathcadRefused) {
            return reference; // retried, requeued or cancelled: compared once Mathcad's answer is final
        }
        Map<String, CaseValue> nativeOutputs;
        String nativeError = null;
        try {
            EngineSession open = sessionFor(spec);
            open.setInputs(claim.inputs());
            open.calculate();
            nativeOutputs = open.outputs();
        } catch (EngineException e) {
            closeSession();
            if (e.retryable()) {
                return new Outcome.Failed(claim.fence(), "the native engine, cross-checking this case, failed: "
                        + e.getMessage(), true);
            }
            nativeOutputs = null;
            nativeError = e.getMessage();
        } catch (RuntimeException e) {
            closeSession();
            return new Outcome.Failed(claim.fence(), "the native engine, cross-checking this case, failed: " + e, true);
        }
        return new Outcome.CrossChecked(reference, verdict(reference, nativeOutputs, nativeError));
    }

    private static CrossCheckVerdict verdict(Outcome reference, Map<String, CaseValue> nativeOutputs, String nativeError) {
        if (reference instanceof Outcome.Failed failed) {
            return nativeOutputs == null ? CrossCheckVerdict.AGREED
                    : CrossCheckVerdict.disagreed(null, null, null, "Mathcad Prime reports an error (" + failed.error()
                            + "), the native engine calculates the case");
        }
        if (nativeOutputs == null) {
            return CrossCheckVerdict.disagreed(null, null, null, "Mathcad Prime calculates the case, the native engine "
                    + "reports an error (" + nativeError + ")");
        }
        for (Map.Entry<String, CaseValue> output : ((Outcome.Succeeded) reference).outputs().entrySet()) {
            CaseValue nativeValue = nativeOutputs.get(output.getKey());
            if (nativeValue == null) {
                return CrossCheckVerdict.disagreed(output.getKey(), output.getValue(), null,
                        "the native engine gives no value for this output");
            }
            Optional<String> difference = OutputComparison.difference(output.getValue(), nativeValue);
            if (difference.isPresent()) {
                return CrossCheckVerdict.disagreed(output.getKey(), output.getValue(), nativeValue, difference.get());
            }
        }
        return CrossCheckVerdict.AGREED;
    }

    private EngineSession sessionFor(BatchSpec spec) throws EngineException {
        String key = spec.worksheet() + "\n" + spec.outputUnits() + "\n" + spec.callTimeouts() + "\n" + spec.designate();
        if (session != null && key.equals(sessionKey)) {
            return session;
        }
        closeSession();
        Engine engine = engines.find(CrossCheck.CHECKED_ENGINE)
                .orElseThrow(() -> EngineException.permanent("this daemon has no native engine to cross-check with"));
        session = engine.open(Path.of(spec.worksheet()),
                new SessionOptions(spec.outputUnits(), CallTimeouts.DEFAULTS.with(spec.callTimeouts()), spec.designate()));
        sessionKey = key;
        return session;
    }

    void closeSession() {
        if (session != null) {
            try {
                session.close();
            } catch (RuntimeException ignored) {
                // a session that fails to close is dropped all the same
            }
            session = null;
            sessionKey = null;
        }
    }

    @Override
    public void close() {
        closeSession();
    }
}
