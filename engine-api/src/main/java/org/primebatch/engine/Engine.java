package org.primebatch.engine;

import java.nio.file.Path;
import org.primebatch.api.CaseValue;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.WorksheetInfo;
import java.util.List;
import java.util.Set;

/** A calculation engine: opens a worksheet once per session, then runs cases in that session. */
public interface Engine {
    String name();

    String version();

    /** Whether the engine can run on this machine now, and why not. */
    Availability availability();

    /** How many sessions may run at once. */
    int defaultSlots();

    /** Artifact formats {@link EngineSession#export} can write, such as {@code pdf} or {@code mcdx}. */
    Set<String> exportFormats();

    /**
     * Opens {@code worksheet} for a run of cases; the session keeps it open until closed. An engine that knows
     * designations designates {@link SessionOptions#designate()} too, without changing the file.
     */
    EngineSession open(Path worksheet, SessionOptions options) throws EngineException;

    default EngineSession open(Path worksheet) throws EngineException {
        return open(worksheet, SessionOptions.DEFAULTS);
    }

    /**
     * The inputs and outputs {@code worksheet} designates, with their current values and units, read without running
     * a case; {@code null} when this engine takes any input name (nothing to check a case against).
     */
    WorksheetInfo inspect(Path worksheet) throws EngineException;

    /**
     * What {@link #inspect(Path)} reports once {@code names} are designated too. The default, for an engine that
     * cannot designate by name, refuses any name.
     */
    default WorksheetInfo inspect(Path worksheet, DesignationNames names) throws EngineException {
        if (names.isEmpty()) {
            return inspect(worksheet);
        }
        throw EngineException.permanent(cannotDesignate());
    }

    /**
     * Whether this engine takes a batch on {@code worksheet}, checked before anything is queued. The default takes
     * every worksheet and any input name.
     */
    default Admission admit(Path worksheet) {
        return Admission.ANY;
    }

    /**
     * Whether this engine takes a batch on {@code worksheet} with {@code names} designated too. The default, for an
     * engine that cannot designate by name, refuses any name.
     */
    default Admission admit(Path worksheet, DesignationNames names) {
        return names.isEmpty() ? admit(worksheet) : Admission.refused(List.of(cannotDesignate()));
    }

    private String cannotDesignate() {
        return "the " + name() + " engine cannot designate inputs or outputs by name";
    }

    /** Why this engine cannot take {@code value} for an input (a unit it does not know…), or null when it can. */
    default String invalidInput(CaseValue value) {
        return null;
    }

    /**
     * The inputs whose values name a file the engine writes (the echo engine's marker of {@code _hang_once}): the daemon
     * checks such a path as it checks an output folder the user names. None by default.
     */
    default Set<String> fileInputs() {
        return Set.of();
    }

    /**
     * @param refusals why the engine cannot run the worksheet; empty when it can
     * @param inputs   the input aliases the worksheet designates, or null when the engine does not know them (then
     *                 any input name is accepted)
     */
    record Admission(List<String> refusals, Set<String> inputs) {
        public static final Admission ANY = new Admission(List.of(), null);

        public Admission {
            refusals = List.copyOf(refusals);
            inputs = inputs == null ? null : Set.copyOf(inputs);
        }

        public static Admission refused(List<String> reasons) {
            return new Admission(reasons, null);
        }

        public boolean accepted() {
            return refusals.isEmpty();
        }
    }

    /**
     * @param temporary the engine is held back for a while (its hosts kept dying) and comes back by itself: batches
     *                  are still accepted and their cases wait
     */
    record Availability(boolean available, String reason, boolean temporary) {
        public static final Availability YES = new Availability(true, null, false);

        public static Availability no(String reason) {
            return new Availability(false, reason, false);
        }

        public static Availability heldBack(String reason) {
            return new Availability(false, reason, true);
        }
    }
}
