package org.primebatch.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Makes the {@link Caller} of a connection from the user the socket names: the daemon's own user (and a connection
 * whose user the platform does not tell) is itself, root is root, and any other user comes with their groups, read
 * with {@code id -G} (so groups from the system's user directory count too) and kept for a minute. Admins are the
 * daemon's own user, root and the members of the admin group, when the configuration names one.
 */
public final class Callers {
    private static final Logger LOG = Logger.getLogger(Callers.class.getName());
    private static final Duration GROUPS_KEPT = Duration.ofMinutes(1);
    private static final long ID_LIMIT_SECONDS = 5;

    private final UserPrincipalLookupService lookup = FileSystems.getDefault().getUserPrincipalLookupService();
    private final String selfName;
    private final UserPrincipal self;
    private final UserPrincipal root;
    private final GroupPrincipal adminGroup;
    private final Map<String, KnownGroups> groups = new ConcurrentHashMap<>();

    private record KnownGroups(Set<GroupPrincipal> groups, long readAt) {
    }

    /**
     * @param adminGroup the group whose members are admins besides the daemon's own user and root; null for none
     * @throws IOException when the admin group does not exist
     */
    public Callers(String adminGroup) throws IOException {
        this.selfName = System.getProperty("user.name", "daemon");
        this.self = principal(selfName);
        this.root = principal("root");
        this.adminGroup = adminGroup == null || adminGroup.isBlank() ? null : lookup.lookupPrincipalByGroupName(adminGroup.strip());
    }

    /** Callers whose admins are the daemon's own user and root. */
    public static Callers withoutAdminGroup() {
        try {
            return new Callers(null);
        } catch (IOException e) {
            throw new IllegalStateException("no admin group, nothing to look up", e);
        }
    }

    private UserPrincipal principal(String name) {
        try {
            return lookup.lookupPrincipalByName(name);
        } catch (IOException e) {
            return null;
        }
    }

    /** The daemon's own user: a TCP client with the token, or a peer whose user the platform does not tell. */
    public Caller self() {
        return Caller.self(selfName);
    }

    /** The caller for the peer's user and primary group; null user: the platform did not tell. */
    public Caller of(UserPrincipal user, GroupPrincipal group) {
        if (user == null || user.equals(self)) {
            return self();
        }
        if (user.equals(root)) {
            return new Caller(user.getName(), user, Set.of(), Caller.Kind.ROOT, true);
        }
        Set<GroupPrincipal> all = new LinkedHashSet<>(groupsOf(user.getName()));
        if (group != null) {
            all.add(group);
        }
        boolean admin = adminGroup != null && all.contains(adminGroup);
        return new Caller(user.getName(), user, all, Caller.Kind.USER, admin);
    }

    /** The user's groups as {@code id -G} tells them; none when it cannot (the user then has fewer rights, never more). */
    private Set<GroupPrincipal> groupsOf(String user) {
        long now = System.nanoTime();
        KnownGroups known = groups.get(user);
        if (known != null && now - known.readAt() < GROUPS_KEPT.toNanos()) {
            return known.groups();
        }
        Set<GroupPrincipal> read = new LinkedHashSet<>();
        try {
            Process id = new ProcessBuilder("id", "-G", "--", user).redirectErrorStream(true).start();
            byte[] out;
            try (InputStream in = id.getInputStream()) {
                out = in.readNBytes(64 * 1024);
            }
            if (id.waitFor(ID_LIMIT_SECONDS, TimeUnit.SECONDS) && id.exitValue() == 0) {
                for (String gid : new String(out, StandardCharsets.US_ASCII).trim().split("\\s+")) {
                    if (gid.matches("\\d+")) {
                        read.add(lookup.lookupPrincipalByGroupName(gid));
                    }
                }
            } else {
                id.destroyForcibly();
                LOG.warning("cannot read the groups of " + user + " (id -G failed); they count as in no group");
            }
        } catch (IOException e) {
            LOG.warning("cannot read the groups of " + user + " (" + e.getMessage() + "); they count as in no group");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        groups.put(user, new KnownGroups(Set.copyOf(read), now));
        return read;
    }
}
