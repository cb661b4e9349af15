package org.primebatch.api;

import java.util.List;

/**
 * What {@code check} found: can the native engine reproduce this worksheet's stored results?
 *
 * @param outputs     designated outputs, each with the status of its stored value
 * @param runsNatively true when the native engine takes batches on this worksheet
 * @param reasons     why it does not, when it does not
 * @param values      every stored value compared
 * @param staleResults why the mismatched values look like stale stored results, or null when they do not (or none
 *                     mismatched)
 */
public record WorksheetCheck(
        String worksheet,
        int matched,
        int mismatched,
        int unsupported,
        int stale,
        List<CheckedValue> outputs,
        boolean runsNatively,
        List<String> reasons,
        List<CheckedValue> values,
        StaleResults staleResults) {

    /** A check that found no stale results. */
    public WorksheetCheck(String worksheet, int matched, int mismatched, int unsupported, int stale,
            List<CheckedValue> outputs, boolean runsNatively, List<String> reasons, List<CheckedValue> values) {
        this(worksheet, matched, mismatched, unsupported, stale, outputs, runsNatively, reasons, values, null);
    }

    /** Problems first: every value that is not matched. */
    public List<CheckedValue> problems() {
        return values.stream().filter(v -> !v.isMatch()).toList();
    }

    /** Of the matched values, those matched within the tolerance of a solver they depend on. */
    public long matchedWithinTolerance() {
        return values.stream().filter(v -> CheckedValue.MATCHED_WITHIN_TOLERANCE.equals(v.status())).count();
    }
}
