package org.primebatch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
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
            OutputStream toDaemon = Channels.newOutputStream(channel);
            Thread upstream = new Thread(() -> {
                try {
                    pump(System.in, toDaemon);
                    channel.shutdownOutput();
                } catch (IOException ignored) {
                    // the daemon closed the connection; the downstream pump ends too
                }
            }, "rpc-stdin");
            upstream.setDaemon(true);
            upstream.start();
            try {
                pump(Channels.newInputStream(channel), System.out);
            } catch (IOException ignored) {
                // connection closed
            }
        }
        return Main.OK;
    }

    private static void pump(InputStream in, OutputStream out) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            out.write(buffer, 0, n);
            out.flush();
        }
    }
}
