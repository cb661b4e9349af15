package org.primebatch.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The path the system reaches: symbolic links of its deepest existing part resolved, itself included. */
public final class RealPath {
    private static final int MAX_LINKS = 40;

    private RealPath() {
    }

    /** The path with the symbolic links of its deepest existing part resolved, itself included (also a dangling link). */
    public static Path of(Path path) {
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
            return parent == null ? current : of(parent).resolve(current.getFileName());
        }
        return current;
    }
}
