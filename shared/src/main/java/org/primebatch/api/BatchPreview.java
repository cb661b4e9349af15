package org.primebatch.api;

import java.util.List;
import java.util.Map;

/**
 * What {@code batch.submit} with {@code dryRun} answers: the batch checked as for a real submission, not queued.
 *
 * @param spec    the spec as it would be stored (engine chosen, absolute paths, output folder)
 * @param cases   how many cases would be queued
 * @param columns the inputs the cases set
 * @param first   the first cases, with the artifact names they would get (relative to the output folder)
 */
public record BatchPreview(BatchSpec spec, int cases, List<String> columns, List<PreviewCase> first) {
    public record PreviewCase(int seq, String name, Map<String, CaseValue> inputs, List<String> artifacts) {
    }
}
