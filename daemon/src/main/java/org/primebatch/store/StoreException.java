package org.primebatch.store;

/** The database failed underneath the queue; the transaction that met the failure was rolled back. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
