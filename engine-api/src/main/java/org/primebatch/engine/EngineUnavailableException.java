package org.primebatch.engine;

/**
 * The engine cannot take a case right now (its host could not start, or it is held back after repeated failures):
 * the case did not run and goes back to the queue without counting an attempt.
 */
public final class EngineUnavailableException extends EngineException {
    public EngineUnavailableException(String message, Throwable cause) {
        super(message, true, cause);
    }
}
