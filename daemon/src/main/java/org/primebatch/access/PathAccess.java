package org.primebatch.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a caller could use a path themselves, judged as the system judges a process of theirs: every folder on the
 * way (also those a symbolic link leads through) must let them search it, and the file or folder itself must let them
 * read it, or write it. Another user's rights come from the owner, group and mode of each file (ACL entries are not
 * read: a right only an ACL gives is refused); the daemon's own user is judged by the system itself, and root may use
 * anything. The daemon runs with its own rights, so it checks this before it reads or writes anything a client names.
 */
public final class PathAccess {
    /** What the caller needs of a path. */
    public enum Need {
        /** read an existing file */
        READ,
        /** list and read an existing folder */
        READ_FOLDER,
        /** create files in an existing folder */
        WRITE_FOLDER,
        /** replace an existing file */
        WRITE
    }

    /**
     * Why a caller may not use a path: the path concerned (the one named, or a folder on the way) and the reason, in
     * words that name no content.
     *
     * @param missing the path concerned does not exist
     */
    public record Denial(Path path, String reason, boolean missing) {
    }

    private PathAccess() {
    }

    /** Why {@code caller} may not use {@code path} (absolute) as {@code need} says; null when they may. */
    public static Denial check(Caller caller, Path path, Need need) {
        Path normal = path.toAbsolutePath().normalize();
        Set<Path> searched = new HashSet<>();
        Path parent = normal.getParent();
        if (parent != null) {
            Denial way = reach(caller, parent, searched);
            if (way != null) {
                return way;
            }
        }
        Path real = RealPath.of(normal);
        if (!Files.exists(real)) {
            return new Denial(normal, "does not exist", true);
        }
        if (real.getParent() != null) {
            Denial way = searchChain(caller, real.getParent(), searched);
            if (way != null) {
                return way;
            }
        }
        boolean folder = Files.isDirectory(real);
        return switch (need) {
            case READ -> folder ? new Denial(normal, "is a folder, not a file", true)
                    : lacks(caller, real, normal, "read it", PosixFilePermission.OWNER_READ);
            case WRITE -> folder ? new Denial(normal, "is a folder, not a file", false)
                    : lacks(caller, real, normal, "write it", PosixFilePermission.OWNER_WRITE);
            case READ_FOLDER -> !folder ? new Denial(normal, "is not a folder", false)
                    : lacks(caller, real, normal, "read it", PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_EXECUTE);
            case WRITE_FOLDER -> !folder ? new Denial(normal, "is not a folder", false)
                    : lacks(caller, real, normal, "write in it", PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
        };
    }

    /** Every folder from the root down to {@code folder} must exist and let the caller search it. */
    private static Denial reach(Caller caller, Path folder, Set<Path> searched) {
        Path prefix = folder.getRoot();
        for (int i = 0; i <= folder.getNameCount(); i++) {
            if (i > 0) {
                prefix = prefix.resolve(folder.getName(i - 1));
            }
            if (prefix == null) {
                continue;
            }
            Path real = RealPath.of(prefix);
            if (!Files.exists(real)) {
                return new Denial(prefix, "does not exist", true);
            }
            if (!Files.isDirectory(real)) {
                return new Denial(prefix, "is not a folder", false);
            }
            Denial denial = searchChain(caller, real, searched);
            if (denial != null) {
                return denial;
            }
        }
        return null;
    }

    /** The folder and every folder above it (a real path: no links) must let the caller search it. */
    private static Denial searchChain(Caller caller, Path realFolder, Set<Path> searched) {
        for (Path folder = realFolder; folder != null; folder = folder.getParent()) {
            if (!searched.add(folder)) {
                continue;
            }
            Denial denial = lacks(caller, folder, folder, "enter it", PosixFilePermission.OWNER_EXECUTE);
            if (denial != null) {
                return denial;
            }
        }
        return null;
    }

    /** The denial when the caller lacks one of {@code rights} (given as the owner's bits) on {@code real}. */
    private static Denial lacks(Caller caller, Path real, Path named, String what, PosixFilePermission... rights) {
        boolean allowed = switch (caller.kind()) {
            case ROOT -> true;
            case SELF -> selfMay(real, rights);
            case USER -> userMay(caller, real, rights);
        };
        return allowed ? null : new Denial(named, caller.name() + " may not " + what, false);
    }

    /** The daemon's own user: the system answers (access(2) with the process's user). */
    private static boolean selfMay(Path real, PosixFilePermission... rights) {
        for (PosixFilePermission right : rights) {
            boolean may = switch (right) {
                case OWNER_READ -> Files.isReadable(real);
                case OWNER_WRITE -> Files.isWritable(real);
                default -> Files.isExecutable(real);
            };
            if (!may) {
                return false;
            }
        }
        return true;
    }

    private static boolean userMay(Caller caller, Path real, PosixFilePermission... rights) {
        PosixFileAttributes attributes;
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (view == null) {
                return false;
            }
            attributes = view.readAttributes();
        } catch (IOException | SecurityException e) {
            return false;
        }
        Set<PosixFilePermission> mode = attributes.permissions();
        int shift;
        if (attributes.owner().equals(caller.user())) {
            shift = 0;
        } else if (caller.groups().contains(attributes.group())) {
            shift = 1;
        } else {
            shift = 2;
        }
        for (PosixFilePermission right : rights) {
            if (!mode.contains(classBit(right, shift))) {
                return false;
            }
        }
        return true;
    }

    /** The bit of {@code ownerRight} for the owner (0), the group (1) or others (2). */
    private static PosixFilePermission classBit(PosixFilePermission ownerRight, int shift) {
        return PosixFilePermission.values()[ownerRight.ordinal() + 3 * shift];
    }

    /**
     * Whether the caller may replace {@code file} in a folder with the sticky bit (such as /tmp): only its owner or the
     * folder's owner may. True when the file does not exist or the folder is not sticky.
     */
    public static boolean mayReplaceInStickyFolder(Caller caller, Path realFile) {
        if (caller.kind() != Caller.Kind.USER || !Files.exists(realFile, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        try {
            Path folder = realFile.getParent();
            Object mode = Files.getAttribute(folder, "unix:mode");
            boolean sticky = mode instanceof Integer m && (m & 01000) != 0;
            if (!sticky) {
                return true;
            }
            return Files.getOwner(realFile, LinkOption.NOFOLLOW_LINKS).equals(caller.user())
                    || Files.getOwner(folder).equals(caller.user());
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }
}
