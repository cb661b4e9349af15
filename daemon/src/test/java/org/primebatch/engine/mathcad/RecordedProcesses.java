package org.primebatch.engine.mathcad;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.primebatch.engine.StartedProcesses;

/** The processes an engine reported it started and saw end. */
final class RecordedProcesses implements StartedProcesses {
    final List<Long> started = new CopyOnWriteArrayList<>();
    final List<Long> ended = new CopyOnWriteArrayList<>();

    @Override
    public void started(ProcessHandle process) {
        started.add(process.pid());
    }

    @Override
    public void ended(long pid) {
        ended.add(pid);
    }
}
