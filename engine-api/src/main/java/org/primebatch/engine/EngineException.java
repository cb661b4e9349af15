package org.primebatch.engine;

/** A case could not be run; {@link #retryable()} says whether trying again might help. */
public class EngineException extends Exception {
    private final boolean retryable;
    private final boolean sessionLost;

    public EngineException(String message, boolean retryable) {
        this(message, retryable, false, null);
    }

    public EngineException(String message, boolean retryable, Throwable cause) {
        this(message, retryable, false, cause);
    }

    private EngineException(String message, boolean retryable, boolean sessionLost, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.sessionLost = sessionLost;
    }

    /**
     * The engine's process or session is gone or no longer answers: the session cannot be used again, and whatever
     * runs it (the engine host and any process it started) must be replaced. The case may be tried again.
     */
    public static EngineException sessionLost(String message, Throwable cause) {
        return new EngineException(message, true, true, cause);
    }

    public static EngineException permanent(String message) {
        return new EngineException(message, false);
    }

    public static EngineException transientFailure(String message) {
        return new EngineException(message, true);
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean sessionLost() {
        return sessionLost;
    }
}
