package org.primebatch.api;

/**
 * An engine as {@code engine.list} and {@code daemon.status} report it.
 *
 * @param reason     why the engine is unavailable, or null
 * @param slots      cases it runs at once
 * @param hosted     whether its sessions run in engine hosts (child processes) rather than in the daemon
 * @param hostsAlive engine hosts running now
 * @param restarts   hosts replaced after they died, hung or were stopped by a cancel
 * @param recycled   hosts replaced after running their share of cases
 */
public record EngineInfo(String name, boolean available, String reason, String version, int slots, long casesDone,
                         boolean hosted, int hostsAlive, long restarts, long recycled) {
}
