package org.primebatch.queue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.RpcException;

/**
 * The daemon's own places in its home, which no client may have it write: the home folder itself, its queue
 * ({@code queue.db} and the files SQLite keeps beside it), its configuration ({@code config.properties}), {@code run}
 * (socket, lock, connection file) and {@code logs}. A path is judged after normalising it and resolving the symbolic
 * links of its deepest existing part (a link pointing there is refused like the place itself). Other folders of the
 * home, {@code results} among them, are the user's to name.
 */
public final class HomePaths {
    private static final int MAX_LINKS = 40;

    private final Path home;

    /** @param home the daemon's home; null when there is none to guard (a queue run without a daemon) */
    public HomePaths(Path home) {
        this.home = home == null ? null : real(home.toAbsolutePath().normalize());
    }

    /** Whether {@code path} (absolute) is one of the daemon's own places in its home, or lies inside one. */
    public boolean owns(Path path) {
        if (home == null) {
            return false;
        }
        Path real = real(path.normalize());
        if (real.equals(home) || real.startsWith(home.resolve("run")) || real.startsWith(home.resolve("logs"))) {
            return true;
        }
        if (!home.equals(real.getParent())) {
            return false;
        }
        String name = real.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.startsWith("queue.db") || name.equals("config.properties");
    }

    /**
     * Refuses a path a client named: relative paths (the daemon does not share the client's directory) and the daemon's
     * own places in its home. The message names the path and the reason only.
     *
     * @param what the parameter, as the caller knows it ({@code output}, {@code outDir}…)
     * @return the path, normalised: the one to write, so that what is written is what was checked
     */
    public Path clientPath(String what, String path, ErrorCode code) {
        Path given = Path.of(path);
        if (!given.isAbsolute()) {
            throw new RpcException(code, what + " must be an absolute path (the daemon does not share the client's directory): " + path);
        }
        Path normal = given.normalize();
        if (owns(normal)) {
            throw new RpcException(code, what + " " + normal + " is one of the places in the daemon's home " + home
                    + " that only the daemon writes (the home itself, its queue, config.properties, run, logs); choose another");
        }
        return normal;
    }

    /** The path with the symbolic links of its deepest existing part resolved, itself included (also a dangling link). */
    static Path real(Path path) {
        Path current = path;
        for (int hops = 0; hops < MAX_LINKS; hops++) {
            try {
                if (Files.exists(current)) {
                    return current.toRealPath();
                }
                if (Files.isSymbolicLink(current)) {
                    current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
                    continue;
                }
            } catch (IOException | SecurityException e) {
                return current;
            }
            Path parent = current.getParent();
            return parent == null ? current : real(parent).resolve(current.getFileName());
        }
        return current;
    }
}
