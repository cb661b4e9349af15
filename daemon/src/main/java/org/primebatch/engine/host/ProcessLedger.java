package org.primebatch.engine.host;

import java.time.Instant;

/**
 * Where the supervisor records the processes it is responsible for (hosts, and processes hosts started), so that a
 * daemon starting after a crash can kill those an earlier boot left behind.
 */
public interface ProcessLedger {
    ProcessLedger NONE = new ProcessLedger() {
        @Override
        public void started(String engine, String role, long pid, Instant startedAt) {
        }

        @Override
        public void ended(long pid) {
        }
    };

    String HOST = "host";
    String STARTED_BY_HOST = "started-by-host";

    void started(String engine, String role, long pid, Instant startedAt);

    void ended(long pid);
}
