package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.sheet.CalculationStatus;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.StoredResult;

/** Every evaluation computed natively agrees with the value Mathcad stored, where that value is up to date. */
class CorpusComparisonTest {
    @Test
    void computedEvaluationsAgreeWithStoredValues() throws Exception {
        Map<String, Integer> counts = new TreeMap<>();
        List<String> differences = new ArrayList<>();
        for (Path path : CorpusSheets.paths()) {
            CorpusSheets.Sheet sheet = CorpusSheets.open(path);
            if (sheet == null) {
                continue;
            }
            Results results = sheet.compile().run(Map.of());
            Map<Integer, Region> regions = sheet.worksheet().regionsById();
            results.byRegion().forEach((id, outcome) -> {
                if (!(outcome instanceof Outcome.Evaluated evaluated) || id.contains(":")) {
                    return;
                }
                Optional<StoredResult> stored = sheet.worksheet().result(regions.get(Integer.parseInt(id)));
                if (stored.isEmpty() || !stored.get().hasValue()) {
                    counts.merge("nothing stored", 1, Integer::sum);
                    return;
                }
                if (stored.get().status() != CalculationStatus.SYNCHRONIZED) {
                    counts.merge("stale", 1, Integer::sum);
                    return;
                }
                try {
                    Optional<String> d = StoredValues.difference(evaluated.value(), stored.get().value(),
                            evaluated.displayUnit());
                    counts.merge(d.isEmpty() ? "agree" : "differ", 1, Integer::sum);
                    d.ifPresent(text -> differences.add(path.getFileName() + " region " + id + ": " + text));
                } catch (IllegalArgumentException e) {
                    counts.merge("unreadable", 1, Integer::sum);
                }
            });
        }
        System.out.println("evaluations against stored values: " + counts);
        differences.forEach(d -> System.out.println("  differs: " + d));
        assertThat(differences).isEmpty();
    }
}
