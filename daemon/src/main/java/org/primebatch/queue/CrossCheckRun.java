package org.primebatch.queue;

import java.util.Map;
import java.util.Optional;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseValue;
import org.primebatch.api.CrossCheck;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
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
    private final KeptSession session;

    CrossCheckRun(Engines engines) {
        this.session = new KeptSession(engines, CrossCheck.CHECKED_ENGINE,
                "this daemon has no native engine to cross-check with");
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
            EngineSession open = session.open(spec);
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

    void closeSession() {
        session.close();
    }

    @Override
    public void close() {
        closeSession();
    }
}
