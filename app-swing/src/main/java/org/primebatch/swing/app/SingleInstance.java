package org.primebatch.swing.app;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One client per user: the first launch holds {@code client.lock} and listens on {@code client.sock} in the client's
 * folder; a later launch finds the lock taken, asks the first to come to the front and exits.
 */
final class SingleInstance implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SingleInstance.class.getName());
    private static final String SHOW = "show\n";

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final ServerSocketChannel server;
    private final Path socket;

    private SingleInstance(FileChannel lockChannel, FileLock lock, ServerSocketChannel server, Path socket) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.server = server;
        this.socket = socket;
    }

    /**
     * Becomes the one client, calling {@code onShowRequest} (on a background thread) whenever a later launch asks;
     * or, when a client already runs, asks it to show itself and returns empty.
     */
    static Optional<SingleInstance> claim(Path folder, Runnable onShowRequest) throws IOException {
        Files.createDirectories(folder);
        Path socket = folder.resolve("client.sock");
        FileChannel channel = FileChannel.open(folder.resolve("client.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process holds it
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            channel.close();
            askToShow(socket);
            return Optional.empty();
        }
        Files.deleteIfExists(socket); // left by a client that died: we hold the lock, so it is no one's
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        SingleInstance instance = new SingleInstance(channel, lock, server, socket);
        Thread listener = new Thread(() -> instance.listen(onShowRequest), "pb-single-instance");
        listener.setDaemon(true);
        listener.start();
        return Optional.of(instance);
    }

    /** The first client may still be starting and not yet listening: try for a few seconds. */
    private static void askToShow(Path socket) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 50; attempt++) {
            try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
                channel.write(ByteBuffer.wrap(SHOW.getBytes(StandardCharsets.US_ASCII)));
                return;
            } catch (IOException e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IOException("another Primebatch client holds the lock but does not answer on " + socket, last);
    }

    private void listen(Runnable onShowRequest) {
        while (server.isOpen()) {
            try (SocketChannel peer = server.accept()) {
                ByteBuffer buffer = ByteBuffer.allocate(16);
                peer.read(buffer);
                if (new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).startsWith(SHOW.trim())) {
                    onShowRequest.run();
                }
            } catch (IOException e) {
                if (server.isOpen()) {
                    LOG.log(Level.FINE, "a second launch's request failed", e);
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "cannot release the client lock", e);
        }
    }
}
