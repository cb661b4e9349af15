package org.primebatch.engine;

import java.nio.file.Path;
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

    EngineSession open(Path worksheet) throws EngineException;

    record Availability(boolean available, String reason) {
        public static final Availability YES = new Availability(true, null);

        public static Availability no(String reason) {
            return new Availability(false, reason);
        }
    }
}
