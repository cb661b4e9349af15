package org.primebatch.engine.host;

import org.primebatch.api.WorksheetInfo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.engine.Engine;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;

/**
 * An engine whose sessions run in supervised child JVMs. What needs no session (availability, admission, input
 * checks, formats) is answered by a local instance of the same engine; each session runs in a host from the pool.
 */
public final class HostedEngine implements Engine {
    private final Engine local;
    private final int slots;
    private final HostPool pool;

    /** Hears when an engine is held back after repeated host failures and when it is back. */
    public interface Events {
        void heldBack(String engine, String reason, Instant until);

        void back(String engine);
    }

    /** How many hosts are alive and how often they were replaced. */
    public record HostStats(int alive, long restarts, long recycled, List<Long> pids) {
    }

    public HostedEngine(Engine local, int slots, Supplier<HostSettings> settings, ProcessLedger ledger, Events events, Clock clock) {
        this.local = local;
        this.slots = slots;
        this.pool = new HostPool(local.name(), settings, ledger, events, clock);
    }

    @Override
    public String name() {
        return local.name();
    }

    @Override
    public String version() {
        return local.version();
    }

    @Override
    public Availability availability() {
        Availability own = local.availability();
        return own.available() ? pool.availability() : own;
    }

    @Override
    public int defaultSlots() {
        return slots;
    }

    @Override
    public Set<String> exportFormats() {
        return local.exportFormats();
    }

    @Override
    public WorksheetInfo inspect(Path worksheet) throws EngineException {
        return local.inspect(worksheet);
    }

    @Override
    public WorksheetInfo inspect(Path worksheet, DesignationNames names) throws EngineException {
        return local.inspect(worksheet, names);
    }

    @Override
    public Admission admit(Path worksheet) {
        return local.admit(worksheet);
    }

    @Override
    public Admission admit(Path worksheet, DesignationNames names) {
        return local.admit(worksheet, names);
    }

    @Override
    public String invalidInput(CaseValue value) {
        return local.invalidInput(value);
    }

    @Override
    public Set<String> fileInputs() {
        return local.fileInputs();
    }

    @Override
    public EngineSession open(Path worksheet, SessionOptions options) throws EngineException {
        return HostedSession.open(pool, worksheet, options);
    }

    public HostStats stats() {
        return new HostStats(pool.alive(), pool.restarts(), pool.recycled(), pool.pids());
    }

    /** Stops every host of this engine. */
    public void close() {
        pool.close();
    }
}
