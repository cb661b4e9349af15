package org.primebatch.daemon;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/**
 * Writes the daemon's log to {@code logs/daemon.log}; when it passes {@code maxBytes} it becomes {@code daemon.log.1}
 * (older ones shift up, the oldest beyond {@code keep} is deleted) and a new file starts.
 */
final class DaemonLog extends Handler {
    private final Path file;
    private final long maxBytes;
    private final int keep;
    private final Set<PosixFilePermission> mode;
    private OutputStream out;
    private long written;

    private DaemonLog(Path file, long maxBytes, int keep, Set<PosixFilePermission> mode) throws IOException {
        this.file = file;
        this.maxBytes = maxBytes;
        this.keep = keep;
        this.mode = mode;
        setFormatter(new LineFormatter());
        open();
    }

    /** Sends the root logger to the rolling file (and nowhere else); the log files are readable by their owner only. */
    static DaemonLog install(Path logsDir, long maxBytes, int keep) throws IOException {
        return install(logsDir, maxBytes, keep, new HomeModes(false));
    }

    /** Sends the root logger to the rolling file (and nowhere else), its folder and files in the home's modes. */
    static DaemonLog install(Path logsDir, long maxBytes, int keep, HomeModes modes) throws IOException {
        modes.createDirectory(logsDir);
        DaemonLog handler = new DaemonLog(logsDir.resolve("daemon.log"), maxBytes, keep, modes.fileMode());
        Logger root = Logger.getLogger("");
        for (Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        root.addHandler(handler);
        root.setLevel(Level.INFO);
        return handler;
    }

    private void open() throws IOException {
        if (HomeModes.posix()) {
            if (!Files.exists(file)) {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(mode));
                } catch (FileAlreadyExistsException ignored) {
                    // its mode is set below
                }
            }
            Files.setPosixFilePermissions(file, mode); // the umask may have taken bits from the group's mode
        }
        out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        written = Files.size(file);
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (!isLoggable(record) || out == null) {
            return;
        }
        byte[] line = getFormatter().format(record).getBytes(StandardCharsets.UTF_8);
        try {
            if (written + line.length > maxBytes && written > 0) {
                roll();
            }
            out.write(line);
            out.flush();
            written += line.length;
        } catch (IOException e) {
            reportError("cannot write the log", e, 0);
        }
    }

    private void roll() throws IOException {
        out.close();
        Files.deleteIfExists(rolled(keep));
        for (int i = keep - 1; i >= 1; i--) {
            if (Files.exists(rolled(i))) {
                Files.move(rolled(i), rolled(i + 1), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.move(file, rolled(1), StandardCopyOption.REPLACE_EXISTING);
        open();
    }

    private Path rolled(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }

    @Override
    public synchronized void flush() {
        try {
            if (out != null) {
                out.flush();
            }
        } catch (IOException ignored) {
            // nothing else to tell
        }
    }

    @Override
    public synchronized void close() {
        try {
            if (out != null) {
                out.close();
            }
        } catch (IOException ignored) {
            // closing at exit
        }
        out = null;
    }

    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord r) {
            StringBuilder line = new StringBuilder()
                    .append(Instant.ofEpochMilli(r.getMillis())).append(' ')
                    .append(r.getLevel().getName()).append(' ')
                    .append(r.getLoggerName() == null ? "" : r.getLoggerName().replace("org.primebatch.", "")).append(": ")
                    .append(formatMessage(r)).append(System.lineSeparator());
            if (r.getThrown() != null) {
                StringWriter trace = new StringWriter();
                r.getThrown().printStackTrace(new PrintWriter(trace));
                line.append(trace);
            }
            return line.toString();
        }
    }
}
