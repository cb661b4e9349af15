package org.primebatch.report;

import java.util.List;
import java.util.Set;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.CaseInput;
import org.primebatch.api.ItemState;

/**
 * A batch as read back from its manifest, to submit again.
 *
 * @param worksheetSha256 the SHA-256 of the worksheet as it was run, to tell whether it has changed since; may be null
 * @param cases           in the order of the manifest
 */
public record RecordedBatch(BatchSpec spec, String worksheetSha256, List<RecordedCase> cases) {
    public RecordedBatch {
        cases = List.copyOf(cases);
    }

    /** Every case, to run the whole batch again. */
    public List<CaseInput> caseInputs() {
        return cases.stream().map(RecordedCase::toCaseInput).toList();
    }

    /** The cases that ended in one of {@code states}, say {@code FAILED} to run only the failed cases again. */
    public List<CaseInput> caseInputs(Set<ItemState> states) {
        return cases.stream().filter(c -> states.contains(c.state())).map(RecordedCase::toCaseInput).toList();
    }
}
