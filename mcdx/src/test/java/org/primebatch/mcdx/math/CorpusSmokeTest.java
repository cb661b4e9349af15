package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Compiles and runs every math region of every corpus worksheet: only values, Mathcad errors or refusals. */
class CorpusSmokeTest {
    @Test
    void everyCorpusRegionYieldsAnOutcome() throws Exception {
        List<Path> sheets = CorpusSheets.paths();
        assertThat(sheets).isNotEmpty();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> reasons = new HashMap<>();
        Map<String, Integer> reasonsWithoutAddIns = new HashMap<>();
        List<String> internal = new ArrayList<>();
        for (Path path : sheets) {
            CorpusSheets.Sheet sheet = CorpusSheets.open(path);
            if (sheet == null) {
                continue;
            }
            Results results = sheet.compile().run(Map.of());
            String shown = System.getProperty("math.showRefusals");
            results.byRegion().forEach((id, outcome) -> {
                if (shown != null && outcome instanceof Outcome.Refused r && r.reason().contains(shown)) {
                    System.out.println("  " + path.getFileName() + " region " + id + ": " + r.reason());
                }
                if (outcome instanceof Outcome.Failed f) {
                    System.out.println("  fails: " + path.getFileName() + " region " + id + ": " + f.error().getMessage());
                }
            });
            for (Outcome outcome : results.byRegion().values()) {
                String kind = outcome.getClass().getSimpleName();
                counts.merge(kind, 1, Integer::sum);
                if (outcome instanceof Outcome.Refused r) {
                    reasons.merge(generalize(r.reason()), 1, Integer::sum);
                    if (!usesAddIns(sheet)) {
                        reasonsWithoutAddIns.merge(generalize(r.reason()), 1, Integer::sum);
                    }
                    if (r.reason().startsWith("internal error")) {
                        internal.add(path.getFileName() + ": " + r.reason());
                    }
                }
            }
        }
        System.out.println("math region outcomes over " + sheets.size() + " worksheets: " + counts);
        print(reasons, 30);
        System.out.println("refusals in worksheets without add-in functions: "
                + reasonsWithoutAddIns.values().stream().mapToInt(Integer::intValue).sum());
        print(reasonsWithoutAddIns, 40);
        assertThat(internal).isEmpty();
    }

    private static void print(Map<String, Integer> reasons, int limit) {
        reasons.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(limit).forEach(e -> System.out.println(String.format("%5d  %s", e.getValue(), e.getKey())));
    }

    private static final Pattern ADD_IN = Pattern.compile("PropsSI|Props1SI|rp_.*|if97_.*|REFPROP|get_fluid_.*");

    /** Calls functions of the DLL add-ins (REFPROP, IF97, CoolProp), which can never be evaluated natively. */
    private static boolean usesAddIns(CorpusSheets.Sheet sheet) {
        for (MathRegion region : sheet.regions()) {
            if (region.math().descendants().anyMatch(e -> e instanceof org.primebatch.mcdx.syntax.MathExpr.Ident id
                    && ADD_IN.matcher(id.name()).matches())) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern REGION = Pattern.compile("\\(region [^)]*\\)");

    /** The reason without names of variables, so alike reasons count together. */
    private static String generalize(String reason) {
        String r = REGION.matcher(reason).replaceAll("");
        Matcher uses = Pattern.compile("^uses \\S+, which (is|was) refused: ").matcher(r);
        while (uses.find()) {
            r = r.substring(uses.end());
            uses = Pattern.compile("^uses \\S+, which (is|was) refused: ").matcher(r);
        }
        r = r.strip();
        return r.length() > 120 ? r.substring(0, 120) : r;
    }
}
