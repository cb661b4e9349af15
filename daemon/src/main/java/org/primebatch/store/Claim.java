package org.primebatch.store;

import java.util.Map;
import org.primebatch.api.CaseValue;

/** An item handed to a runner by {@link QueueStore#claim}. */
public record Claim(Fence fence, long batchId, int seq, String name, Map<String, CaseValue> inputs) {
}
