package org.primebatch.server;

import java.util.List;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.EngineInfo;
import org.primebatch.report.ResultFiles;

/** What the protocol may ask of the daemon itself. */
public interface DaemonControl {
    DaemonStatus status();

    /** Each engine: available or why not, version, hosts, cases done. */
    List<EngineInfo> engines();

    /** What result files need to know of this daemon (versions). */
    ResultFiles.Context resultContext();

    /** Starts a graceful stop and returns at once. */
    void shutdown();
}
