package org.primebatch.store;

/**
 * The store refused a request or failed underneath it; either way the transaction was rolled back. The {@link Kind}
 * says which, so a server can answer a refusal in its own words.
 */
public class StoreException extends RuntimeException {

    /** Why the store threw. */
    public enum Kind {
        /** No such batch or case. */
        NOT_FOUND,
        /** The batch or case is in a state that does not allow the request. */
        INVALID_STATE,
        /** The cases given cannot be queued. */
        INVALID_CASES,
        /** The database failed. */
        FAILED
    }

    private final Kind kind;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.kind = Kind.FAILED;
    }

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    static StoreException notFound(String message) {
        return new StoreException(Kind.NOT_FOUND, message);
    }

    static StoreException invalidState(String message) {
        return new StoreException(Kind.INVALID_STATE, message);
    }
}
