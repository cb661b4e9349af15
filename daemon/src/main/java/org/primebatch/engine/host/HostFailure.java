package org.primebatch.engine.host;

/** An engine host stopped working: it died, went silent, did not start, or a call outlived its timeout. */
final class HostFailure extends Exception {
    enum Kind {
        /** the process could not be started or did not become ready */
        START_FAILED,
        /** the process ended */
        DIED,
        /** no heartbeat for longer than allowed: frozen */
        SILENT,
        /** a call took longer than its timeout */
        TIMED_OUT
    }

    private final Kind kind;

    HostFailure(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    /** True when the host failed by itself rather than being judged too slow. */
    boolean died() {
        return kind != Kind.TIMED_OUT;
    }
}
