package org.primebatch.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.primebatch.api.Event;

/**
 * One SQLite queue file (WAL, {@code synchronous=FULL}) and the transactions on it. Writes go through one connection
 * under one lock, each a {@code BEGIN IMMEDIATE} transaction, so several stores on the same file (or processes)
 * serialize on SQLite's write lock as well; the events a write appended go to the listener after it commits. Reads
 * have a query-only connection of their own: in WAL mode they see the last commit without waiting for the writer, so
 * clients counting a 100,000-case batch do not hold up the cases finishing.
 */
final class SqliteFile implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SqliteFile.class.getName());

    private final Connection connection;
    private final Connection readConnection;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private volatile Consumer<List<Event>> listener;

    private SqliteFile(Connection connection, Connection readConnection) {
        this.connection = connection;
        this.readConnection = readConnection;
    }

    /** Opens the file, bringing its schema up to date. */
    static SqliteFile open(Path dbFile) {
        Connection opened = null;
        Connection reader = null;
        try {
            opened = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            try (Statement st = opened.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA synchronous = FULL");
                st.execute("PRAGMA foreign_keys = ON");
            }
            Migrations.apply(opened);
            reader = DriverManager.getConnection("jdbc:sqlite:" + dbFile.toAbsolutePath());
            try (Statement st = reader.createStatement()) {
                st.execute("PRAGMA busy_timeout = 5000");
                st.execute("PRAGMA query_only = ON");
            }
            return new SqliteFile(opened, reader);
        } catch (SQLException e) {
            closeQuietly(reader);
            closeQuietly(opened);
            throw new StoreException("cannot open the queue at " + dbFile + ": " + e.getMessage(), e);
        }
    }

    /** Sets the one listener that receives each committed write's events, in order. */
    void onEvents(Consumer<List<Event>> listener) {
        this.listener = listener;
    }

    /** Runs {@code work} in one write transaction, named {@code operation} in errors. */
    <T> T write(String operation, Tx.Work<T> work) {
        lock.lock();
        try {
            Tx tx = new Tx(connection);
            T result = inTransaction(connection, "BEGIN IMMEDIATE", operation, tx, work);
            deliver(tx.events());
            return result;
        } finally {
            lock.unlock();
        }
    }

    /** Reads in one deferred transaction, so a read made of several queries sees one snapshot. */
    <T> T read(Tx.Work<T> work) {
        readLock.lock();
        try {
            return inTransaction(readConnection, "BEGIN", "read", new Tx(readConnection), work);
        } finally {
            readLock.unlock();
        }
    }

    int schemaVersion() {
        return read(tx -> Migrations.version(readConnection));
    }

    @Override
    public void close() {
        lock.lock();
        readLock.lock();
        try {
            readConnection.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the queue: " + e.getMessage(), e);
        } finally {
            readLock.unlock();
            lock.unlock();
        }
    }

    private static <T> T inTransaction(Connection connection, String begin, String operation, Tx tx, Tx.Work<T> work) {
        try (Statement st = connection.createStatement()) {
            st.execute(begin);
            try {
                T result = work.run(tx);
                st.execute("COMMIT");
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback(st, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(operation + " failed: " + e.getMessage(), e);
        }
    }

    private static void rollback(Statement st, Exception cause) {
        try {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may already have ended the transaction (e.g. after a failed COMMIT)
            cause.addSuppressed(e);
        }
    }

    private void deliver(List<Event> events) {
        Consumer<List<Event>> target = listener;
        if (target == null || events.isEmpty()) {
            return;
        }
        try {
            target.accept(events);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "event listener failed", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing to open; the first error is the one to report
            }
        }
    }
}
