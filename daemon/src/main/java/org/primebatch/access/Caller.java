package org.primebatch.access;

import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Set;

/**
 * Who sent a request, as the socket tells it: a local user with their groups, the daemon's own user (also a TCP
 * client with the token, and a peer the platform does not name), or root.
 *
 * @param name   the user's name, recorded as the owner of the batches they submit
 * @param user   the user, null for the daemon's own user (whose access the system checks itself)
 * @param groups the user's groups (primary and supplementary), empty for the daemon's own user
 * @param kind   the daemon's own user, root, or another user
 * @param admin  whether the caller may act on every batch and stop the daemon
 */
public record Caller(String name, UserPrincipal user, Set<GroupPrincipal> groups, Kind kind, boolean admin) {
    public enum Kind { SELF, ROOT, USER }

    public Caller {
        Objects.requireNonNull(name, "name");
        groups = groups == null ? Set.of() : Set.copyOf(groups);
        Objects.requireNonNull(kind, "kind");
    }

    /** The daemon's own user, named {@code name}: an admin. */
    public static Caller self(String name) {
        return new Caller(name, null, Set.of(), Kind.SELF, true);
    }

    /** The daemon's own user as this process knows it. */
    public static Caller thisProcess() {
        return self(System.getProperty("user.name", "daemon"));
    }

    /** Whether the caller may act on a batch of {@code owner} (null: a batch of before owners were recorded). */
    public boolean mayActOn(String owner) {
        return admin || name.equals(owner);
    }
}
