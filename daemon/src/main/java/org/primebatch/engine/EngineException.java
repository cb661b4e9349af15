package org.primebatch.engine;

/** A case could not be run; {@link #retryable()} says whether trying again might help. */
public class EngineException extends Exception {
    private final boolean retryable;

    public EngineException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public EngineException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
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
}
