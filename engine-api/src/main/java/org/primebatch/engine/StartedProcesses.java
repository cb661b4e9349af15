package org.primebatch.engine;

/**
 * Where an engine reports the operating-system processes it started itself (Mathcad Prime, for one), so that they
 * can be killed by PID when the engine hangs or its daemon dies. Only processes the engine started belong here.
 */
public interface StartedProcesses {
    StartedProcesses NONE = new StartedProcesses() {
        @Override
        public void started(ProcessHandle process) {
        }

        @Override
        public void ended(long pid) {
        }
    };

    void started(ProcessHandle process);

    void ended(long pid);
}
