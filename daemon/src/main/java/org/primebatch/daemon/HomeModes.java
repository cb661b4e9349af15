package org.primebatch.daemon;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The modes of the daemon's home, whatever the umask: the home and its folders 0700, its files 0600, or with
 * {@code --group-access} 0750 and 0640. At start the home, its files and folders, and the files of {@code logs/} and
 * {@code run/} are set to these modes (sockets and links are left alone); the files the daemon creates afterwards are
 * created with them. The database file is created before SQLite opens it, so that SQLite gives its {@code -wal},
 * {@code -shm} and {@code -journal} files the same mode. Where the file system has no POSIX modes, nothing is done.
 */
final class HomeModes {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final List<String> WALKED = List.of("logs", "run");

    private final Set<PosixFilePermission> dirMode;
    private final Set<PosixFilePermission> fileMode;
    private final List<String> tightened = new ArrayList<>();

    HomeModes(boolean group) {
        dirMode = PosixFilePermissions.fromString(group ? "rwxr-x---" : "rwx------");
        fileMode = PosixFilePermissions.fromString(group ? "rw-r-----" : "rw-------");
    }

    static boolean posix() {
        return POSIX;
    }

    Set<PosixFilePermission> fileMode() {
        return fileMode;
    }

    /**
     * Creates {@code home} if needed and sets the modes of the home, its entries, and the entries of its
     * {@code logs/} and {@code run/} folders.
     */
    void secure(Path home) throws IOException {
        createDirectory(home);
        if (!POSIX) {
            return;
        }
        apply(home.toRealPath()); // a home that is a link: its folder's mode
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(home)) {
            for (Path entry : entries) {
                apply(entry);
                if (WALKED.contains(entry.getFileName().toString()) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    try (DirectoryStream<Path> inner = Files.newDirectoryStream(entry)) {
                        for (Path file : inner) {
                            apply(file);
                        }
                    }
                }
            }
        }
    }

    /** Creates the folder (and its missing parents) with the folder mode. */
    void createDirectory(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        if (POSIX) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(dirMode));
            Files.setPosixFilePermissions(dir, dirMode); // the umask may have taken bits from the group mode
        } else {
            Files.createDirectories(dir);
        }
    }

    /** Creates {@code file} empty with the file mode if it does not exist, and sets its mode. */
    void createFile(Path file) throws IOException {
        if (!POSIX) {
            return;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(fileMode));
            } catch (java.nio.file.FileAlreadyExistsException ignored) {
                // created meanwhile: its mode is set below
            }
        }
        apply(file);
    }

    /** Sets the mode of a regular file or folder (not a link, nor a socket) to the home's, noting when it was looser. */
    void apply(Path path) throws IOException {
        if (!POSIX) {
            return;
        }
        PosixFileAttributes attributes = Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> wanted;
        if (attributes.isDirectory()) {
            wanted = dirMode;
        } else if (attributes.isRegularFile()) {
            wanted = fileMode;
        } else {
            return;
        }
        Set<PosixFilePermission> had = attributes.permissions();
        if (had.equals(wanted)) {
            return;
        }
        Set<PosixFilePermission> extra = new HashSet<>(had);
        extra.removeAll(wanted);
        Files.setPosixFilePermissions(path, wanted);
        if (!extra.isEmpty()) {
            tightened.add(path + " (" + PosixFilePermissions.toString(had) + " to " + PosixFilePermissions.toString(wanted) + ")");
        }
    }

    /** The paths whose modes were looser than the home's, with their old and new modes; cleared by the call. */
    List<String> takeTightened() {
        List<String> taken = List.copyOf(tightened);
        tightened.clear();
        return taken;
    }
}
