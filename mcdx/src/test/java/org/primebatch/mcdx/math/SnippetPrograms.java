package org.primebatch.mcdx.math;

import static org.primebatch.mcdx.testing.MathSnippets.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Math snippets as the regions of a worksheet, compiled and run. */
final class SnippetPrograms {
    private SnippetPrograms() {
    }

    /** Regions numbered 0, 1, 2, … */
    static List<MathRegion> regions(String... snippets) {
        List<MathRegion> regions = new ArrayList<>();
        for (int i = 0; i < snippets.length; i++) {
            regions.add(new MathRegion(Integer.toString(i), math(snippets[i])));
        }
        return regions;
    }

    static Results run(String... snippets) {
        return MathProgram.compile(regions(snippets), 0).run(Map.of());
    }

    /** The value a region defined or evaluated; fails the test for any other outcome. */
    static Value value(Results results, int region) {
        Outcome o = results.of(Integer.toString(region));
        if (o instanceof Outcome.Defined d) {
            return d.value();
        }
        if (o instanceof Outcome.Evaluated e) {
            return e.value();
        }
        throw new AssertionError("region " + region + ": " + o);
    }

    static double number(Results results, int region) {
        return ((Scalar) value(results, region)).si();
    }
}
