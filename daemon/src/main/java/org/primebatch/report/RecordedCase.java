package org.primebatch.report;

import java.util.Map;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ItemState;

/** One case as a manifest recorded it: enough to run it again. */
public record RecordedCase(int seq, String name, ItemState state, Map<String, CaseValue> inputs) {
    public RecordedCase {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }

    /**
     * The case to submit again. A case that was named by its number keeps that number as its name, so a re-run of
     * some cases names them, and their artifacts, as the first run did.
     */
    public CaseInput toCaseInput() {
        return new CaseInput(name != null ? name : Integer.toString(seq), inputs);
    }
}
