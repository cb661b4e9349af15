package org.primebatch.engine;

import java.util.Map;
import org.primebatch.api.DesignationNames;

/**
 * What a batch asks of the sessions that run it.
 *
 * @param outputUnits unit to read each output in, by alias; outputs not named come in the worksheet's own unit
 * @param timeouts    longest each engine call may take
 * @param designate   definitions to designate by variable name, beside the worksheet's own designations
 */
public record SessionOptions(Map<String, String> outputUnits, CallTimeouts timeouts, DesignationNames designate) {
    public static final SessionOptions DEFAULTS = new SessionOptions(Map.of(), CallTimeouts.DEFAULTS);

    public SessionOptions {
        outputUnits = outputUnits == null ? Map.of() : Map.copyOf(outputUnits);
        timeouts = timeouts == null ? CallTimeouts.DEFAULTS : timeouts;
        designate = designate == null ? DesignationNames.NONE : designate;
    }

    /** Options that designate nothing by name. */
    public SessionOptions(Map<String, String> outputUnits, CallTimeouts timeouts) {
        this(outputUnits, timeouts, DesignationNames.NONE);
    }

    /** These options designating {@code names} by variable name. */
    public SessionOptions designating(DesignationNames names) {
        return new SessionOptions(outputUnits, timeouts, names);
    }
}
