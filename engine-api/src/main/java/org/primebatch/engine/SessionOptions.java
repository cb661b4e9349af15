package org.primebatch.engine;

import java.util.Map;

/**
 * What a batch asks of the sessions that run it.
 *
 * @param outputUnits unit to read each output in, by alias; outputs not named come in the worksheet's own unit
 * @param timeouts    longest each engine call may take
 */
public record SessionOptions(Map<String, String> outputUnits, CallTimeouts timeouts) {
    public static final SessionOptions DEFAULTS = new SessionOptions(Map.of(), CallTimeouts.DEFAULTS);

    public SessionOptions {
        outputUnits = outputUnits == null ? Map.of() : Map.copyOf(outputUnits);
        timeouts = timeouts == null ? CallTimeouts.DEFAULTS : timeouts;
    }
}
