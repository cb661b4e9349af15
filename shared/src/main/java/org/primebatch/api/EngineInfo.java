package org.primebatch.api;

/** An engine as {@code engine.list} reports it. */
public record EngineInfo(String name, boolean available, String reason, String version, int slots, long casesDone) {
}
