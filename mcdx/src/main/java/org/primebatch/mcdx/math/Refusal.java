package org.primebatch.mcdx.math;

/** A region the native engine does not evaluate, and why. */
record Refusal(String regionId, String reason) {
}
