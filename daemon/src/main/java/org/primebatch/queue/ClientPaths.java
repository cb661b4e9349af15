package org.primebatch.queue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.primebatch.access.Caller;
import org.primebatch.access.PathAccess;
import org.primebatch.access.RealPath;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;

/**
 * The paths a client names, checked before the daemon reads or writes them with its own rights: absolute, outside the
 * daemon's home, and usable by the caller themselves (read for inputs, write for outputs). A refusal names the path and
 * the reason, never anything read from the file.
 */
public final class ClientPaths {
    private final HomePaths home;

    public ClientPaths(HomePaths home) {
        this.home = home;
    }

    public HomePaths home() {
        return home;
    }

    /**
     * An existing file the caller may read, as the path to read (its symbolic links resolved: what is read is what was
     * checked).
     *
     * @param missing the error for a file that does not exist (its message is {@code what + " not found: " + path})
     */
    public Path readable(Caller caller, String what, String path, ErrorCode code, ErrorCode missing) {
        Path normal = home.clientPath(what, path, code);
        PathAccess.Denial denial = PathAccess.check(caller, normal, PathAccess.Need.READ);
        if (denial != null && denial.missing()) {
            throw new RpcException(missing, what + " not found: " + normal);
        }
        refuse(what, normal, denial);
        return RealPath.of(normal);
    }

    /**
     * A folder the caller may write in: one that exists and they may write, or one to be made below the deepest
     * existing folder on its way, which they may write. Returns the path normalised.
     */
    public Path writableFolder(Caller caller, String what, String path, ErrorCode code) {
        Path normal = home.clientPath(what, path, code);
        requireWritableFolder(caller, what, normal);
        return normal;
    }

    /** As {@link #writableFolder} for a folder the daemon chose for the caller (no client named it). */
    void requireWritableFolder(Caller caller, String what, Path folder) {
        Path existing = folder;
        while (existing.getParent() != null && !Files.exists(RealPath.of(existing))) {
            existing = existing.getParent();
        }
        refuse(what, folder, PathAccess.check(caller, existing, PathAccess.Need.WRITE_FOLDER));
    }

    /**
     * A file the caller may write: its folder is one they may write in (or may be made so), and an existing file is one
     * they could replace themselves. Returns the path normalised.
     */
    public Path writableFile(Caller caller, String what, String path, ErrorCode code) {
        Path normal = home.clientPath(what, path, code);
        if (normal.getParent() == null) {
            throw new RpcException(code, what + " " + normal + " names no file");
        }
        requireWritableFolder(caller, what, normal.getParent());
        Path real = RealPath.of(normal);
        if (Files.exists(real)) {
            refuse(what, normal, PathAccess.check(caller, normal, PathAccess.Need.WRITE));
            if (!PathAccess.mayReplaceInStickyFolder(caller, real)) {
                refuse(what, normal, new PathAccess.Denial(normal, caller.name() + " may not replace it (it is another"
                        + " user's, in a folder where only owners may replace files)", false));
            }
        }
        return normal;
    }

    /** Refuses a path of the caller's cannot use; nothing when {@code denial} is null. */
    public static void refuse(String what, Path named, PathAccess.Denial denial) {
        if (denial == null) {
            return;
        }
        String where = denial.path().equals(named) ? "" : " (" + denial.path() + " " + denial.reason() + ")";
        String reason = denial.path().equals(named) ? denial.reason() : "cannot be reached";
        ObjectNode data = Json.object().put("path", denial.path().toString()).put("why", denial.reason());
        throw new RpcException(ErrorCode.FORBIDDEN, what + " " + named + ": " + reason + where, data);
    }
}
