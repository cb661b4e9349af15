package org.primebatch.daemon;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.primebatch.engine.host.HostSettings;

/**
 * The engine part of the daemon's configuration file, {@code config.properties} in its home. Keys per engine
 * ({@code native}, {@code mathcad}, {@code echo}):
 * <pre>
 * engines.in-process = false                  run every engine inside the daemon (no hosts)
 * engine.NAME.slots = 2                       cases run at once (hosts in the pool)
 * engine.NAME.jvm-options = -Xmx1g            options for the host JVMs
 * engine.NAME.recycle-after = 200             cases before a host is replaced by a fresh one
 * engine.NAME.start-timeout-seconds = 60
 * engine.NAME.heartbeat-timeout-seconds = 10
 * engine.NAME.hold-back-seconds = 60          how long the engine waits after its hosts died 3 times in a minute
 * engine.mathcad.jacob-dll = C:\\…\\jacob-1.14.3-x64.dll   any other key is the engine's own setting
 * engine.mathcad.visible = false
 * admin.group = calc-admins                  members may act on every user's batches and stop the daemon
 * </pre>
 * Host settings are read again each time a host starts, so a corrected file takes effect without a restart.
 * <p>
 * The file chooses the options of the JVMs the daemon starts, so it is read only when nobody but the daemon's user can
 * have written it: owned by that user and not writable by group or others (where the file system has POSIX
 * permissions). Otherwise {@link #load} refuses it, naming the file, its owner and its mode, and the daemon does not
 * start.
 */
public record EngineConfig(Properties properties) {
    public static final String FILE_NAME = "config.properties";
    private static final Set<String> HOST_KEYS = Set.of("slots", "jvm-options", "recycle-after", "start-timeout-seconds",
            "heartbeat-timeout-seconds", "hold-back-seconds");

    /** Reads the file; a missing file is an empty configuration, a malformed value an error naming the key. */
    public static EngineConfig load(Path file) throws IOException {
        Properties properties = new Properties();
        requirePrivate(file);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (NoSuchFileException e) {
            return new EngineConfig(properties);
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
        EngineConfig config = new EngineConfig(properties);
        config.validate(file);
        return config;
    }

    /** Refuses a file another user owns or group or others may write; a missing file is no file. */
    static void requirePrivate(Path file) throws IOException {
        PosixFileAttributes attributes;
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            if (view == null) {
                return;
            }
            attributes = view.readAttributes();
        } catch (NoSuchFileException e) {
            return;
        }
        String user = System.getProperty("user.name");
        Set<PosixFilePermission> mode = attributes.permissions();
        String problem = null;
        if (!attributes.owner().getName().equals(user)) {
            problem = "it is owned by " + attributes.owner().getName() + ", not by the daemon's user " + user;
        } else if (mode.contains(PosixFilePermission.GROUP_WRITE) || mode.contains(PosixFilePermission.OTHERS_WRITE)) {
            problem = "group or others may write it";
        }
        if (problem != null) {
            throw new IOException("refusing to read " + file + " (owner " + attributes.owner().getName() + ", mode "
                    + PosixFilePermissions.toString(mode) + "): " + problem
                    + "; it chooses the options of the JVMs the daemon starts (chmod go-w, owned by " + user + ")");
        }
    }

    private void validate(Path file) throws IOException {
        try {
            for (String name : properties.stringPropertyNames()) {
                if (name.startsWith("engine.")) {
                    String engine = name.substring("engine.".length(), Math.max("engine.".length(), name.indexOf('.', "engine.".length())));
                    slots(engine, 1);
                    hostSettings(engine);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The group whose members are admins besides the daemon's own user and root; null when none is named. */
    public String adminGroup() {
        String group = properties.getProperty("admin.group", "").strip();
        return group.isEmpty() ? null : group;
    }

    public boolean inProcess() {
        return Boolean.parseBoolean(properties.getProperty("engines.in-process", "false").trim());
    }

    public int slots(String engine, int fallback) {
        int slots = number(engine, "slots", fallback);
        if (slots < 1 || slots > 256) {
            throw new IllegalArgumentException("engine." + engine + ".slots must be between 1 and 256");
        }
        return slots;
    }

    public HostSettings hostSettings(String engine) {
        HostSettings d = HostSettings.defaults();
        String options = properties.getProperty(key(engine, "jvm-options"), "").trim();
        List<String> jvmOptions = options.isEmpty() ? List.of() : Arrays.asList(options.split("\\s+"));
        return new HostSettings(jvmOptions, engineSettings(engine), positive(engine, "recycle-after", d.recycleAfter()),
                seconds(engine, "start-timeout-seconds", d.startTimeout()), seconds(engine, "heartbeat-timeout-seconds", d.heartbeatTimeout()),
                d.deathLimit(), d.deathWindow(), seconds(engine, "hold-back-seconds", d.holdBack()));
    }

    /** The engine's own settings: every {@code engine.NAME.*} key that is not a host setting, without the prefix. */
    public Map<String, String> engineSettings(String engine) {
        Map<String, String> settings = new LinkedHashMap<>();
        String prefix = "engine." + engine + ".";
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(prefix) && !HOST_KEYS.contains(name.substring(prefix.length()))) {
                settings.put(name.substring(prefix.length()), properties.getProperty(name).trim());
            }
        }
        return settings;
    }

    private Duration seconds(String engine, String name, Duration fallback) {
        return Duration.ofSeconds(positive(engine, name, (int) fallback.toSeconds()));
    }

    private int positive(String engine, String name, int fallback) {
        int value = number(engine, name, fallback);
        if (value < 1) {
            throw new IllegalArgumentException(key(engine, name) + " must be at least 1");
        }
        return value;
    }

    private int number(String engine, String name, int fallback) {
        String text = properties.getProperty(key(engine, name));
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key(engine, name) + " must be a whole number, not '" + text.trim() + "'");
        }
    }

    private static String key(String engine, String name) {
        return "engine." + engine + "." + name;
    }
}
