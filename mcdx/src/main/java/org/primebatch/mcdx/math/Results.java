package org.primebatch.mcdx.math;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The outcome of every region of one run, in the order the regions were evaluated. */
public record Results(Map<String, Outcome> byRegion) {
    public Results {
        byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
    }

    public Outcome of(String regionId) {
        Outcome outcome = byRegion.get(regionId);
        if (outcome == null) {
            throw new IllegalArgumentException("no math region " + regionId);
        }
        return outcome;
    }
}
