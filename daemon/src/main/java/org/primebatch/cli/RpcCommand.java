package org.primebatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import org.primebatch.client.Home;
import picocli.CommandLine.Command;

@Command(name = "rpc", description = {
    "Raw bridge: lines on stdin go to the daemon's socket, lines from it go to stdout.",
    "The daemon greets first; send session.hello before anything else."})
final class RpcCommand extends ClientCommand {
    @Override
    public Integer call() throws Exception {
        Home home = home();
        if (!Files.exists(home.socket())) {
            throw new CliFailure(Main.UNREACHABLE, "no daemon answers for home " + home.dir() + " (no socket at " + home.socket() + ")");
        }
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                channel.connect(UnixDomainSocketAddress.of(home.socket()));
            } catch (IOException e) {
                throw new CliFailure(Main.UNREACHABLE, "no daemon answers at " + home.socket() + ": " + e.getMessage());
            }
            // The channel is read and written directly: the stream adapters of java.nio.channels.Channels share one
            // lock for both directions, so a read waiting for the daemon would hold back every line from stdin.
            Thread upstream = new Thread(() -> {
                try {
                    pump(System.in, channel);
                    channel.shutdownOutput();
                } catch (IOException ignored) {
                    // the daemon closed the connection; the downstream pump ends too
                }
            }, "rpc-stdin");
            upstream.setDaemon(true);
            upstream.start();
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            try {
                while (channel.read(buffer) >= 0) {
                    System.out.write(buffer.array(), 0, buffer.position());
                    System.out.flush();
                    buffer.clear();
                }
            } catch (IOException ignored) {
                // connection closed
            }
        }
        return Main.OK;
    }

    private static void pump(InputStream in, SocketChannel out) throws IOException {
        byte[] bytes = new byte[64 * 1024];
        int n;
        while ((n = in.read(bytes)) >= 0) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, n);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
        }
    }
}
