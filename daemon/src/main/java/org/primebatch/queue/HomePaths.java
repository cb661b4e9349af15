package org.primebatch.queue;

import java.nio.file.Path;
import org.primebatch.access.RealPath;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.RpcException;

/**
 * The daemon's home, which no client may name: its queue, configuration, socket, logs and the folders where it keeps
 * results are the daemon's, and a client could have it read or write there with the daemon's rights. A path is judged
 * after normalising it and resolving the symbolic links of its deepest existing part (a link pointing into the home is
 * refused like the home itself).
 */
public final class HomePaths {
    private final Path home;

    /** @param home the daemon's home; null when there is none to guard (a queue run without a daemon) */
    public HomePaths(Path home) {
        this.home = home == null ? null : RealPath.of(home.toAbsolutePath().normalize());
    }

    /** Whether {@code path} (absolute) is the daemon's home or lies inside it. */
    public boolean owns(Path path) {
        return home != null && RealPath.of(path.normalize()).startsWith(home);
    }

    /**
     * Refuses a path a client named: relative paths (the daemon does not share the client's directory) and paths in
     * the daemon's home. The message names the path and the reason only.
     *
     * @param what the parameter, as the caller knows it ({@code output}, {@code outDir}…)
     * @return the path, normalised
     */
    public Path clientPath(String what, String path, ErrorCode code) {
        Path given = Path.of(path);
        if (!given.isAbsolute()) {
            throw new RpcException(code, what + " must be an absolute path (the daemon does not share the client's directory): " + path);
        }
        Path normal = given.normalize();
        if (owns(normal)) {
            throw new RpcException(code, what + " " + normal + " lies in the daemon's home " + home
                    + ", a place that only the daemon writes and reads (its queue, config.properties, run, logs, results); choose another");
        }
        return normal;
    }
}
