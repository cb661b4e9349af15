package org.primebatch.server;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Creates the daemon's connection files (the socket's folder, the socket, the connection file) so that only their
 * owner may use them, or with {@code group} their group as well, where the file system knows POSIX modes. The socket
 * needs write permission to be connected to; the connection file only needs reading.
 */
final class PrivateFiles {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    static void createDirectories(Path dir, boolean group) throws IOException {
        if (dir == null || Files.isDirectory(dir)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(mode(group ? "rwxr-x---" : "rwx------")));
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Sets the socket's mode: read and write for its owner, and its group when {@code group}. */
    static void restrict(Path socket, boolean group) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(socket, mode(group ? "rw-rw----" : "rw-------"));
        }
    }

    /** Replaces {@code target} with {@code content} in one step; the content is never readable by others. */
    static void writeAtomically(Path target, byte[] content, boolean group) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir, group);
        Set<PosixFilePermission> mode = mode(group ? "rw-r-----" : "rw-------");
        FileAttribute<?>[] attributes = POSIX
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(mode("rw-------"))}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp", attributes);
        try {
            Files.write(temp, content);
            if (POSIX) {
                Files.setPosixFilePermissions(temp, mode); // createTempFile's mode is reduced by the umask
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Set<PosixFilePermission> mode(String text) {
        return PosixFilePermissions.fromString(text);
    }
}
