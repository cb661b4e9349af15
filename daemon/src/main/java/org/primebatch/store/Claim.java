package org.primebatch.store;

import java.util.Map;
import org.primebatch.api.CaseValue;

/**
 * An item handed to a runner by {@link QueueStore#claim}.
 *
 * @param crossCheck true for a case of a cross-checked batch that runs on both engines (Mathcad Prime and, compared
 *                   with it, the native engine)
 */
public record Claim(Fence fence, long batchId, int seq, String name, Map<String, CaseValue> inputs, boolean crossCheck) {
    public Claim(Fence fence, long batchId, int seq, String name, Map<String, CaseValue> inputs) {
        this(fence, batchId, seq, name, inputs, false);
    }
}
