package org.primebatch.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.primebatch.api.Json;
import org.primebatch.wire.LineReader;

/** A test client that writes raw lines and reads whatever the server sends, with safety timeouts. */
final class RawClient implements AutoCloseable {
    private static final String EOF = "\u0000eof";
    private final SocketChannel channel;
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private boolean reading;

    private RawClient(SocketChannel channel) {
        this.channel = channel;
    }

    static RawClient unix(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(channel).startReading();
    }

    static RawClient tcp(int port) throws IOException {
        return new RawClient(SocketChannel.open(new InetSocketAddress("127.0.0.1", port))).startReading();
    }

    /** Connected, but reads nothing until {@link #startReading()}. */
    static RawClient unixNotReading(Path socket) throws IOException {
        SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
        channel.connect(UnixDomainSocketAddress.of(socket));
        return new RawClient(channel);
    }

    synchronized RawClient startReading() {
        if (!reading) {
            reading = true;
            Thread thread = new Thread(() -> {
                LineReader lines = new LineReader(Channels.newInputStream(channel), 4 << 20);
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        received.add(line);
                    }
                } catch (IOException e) {
                    // treated as the end
                }
                received.add(EOF);
            }, "raw-client-reader");
            thread.setDaemon(true);
            thread.start();
        }
        return this;
    }

    void send(String line) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    void sendBytes(byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** The next message; fails if the connection ends or nothing comes within the safety limit. */
    JsonNode next() throws Exception {
        String line = received.poll(10, TimeUnit.SECONDS);
        if (line == null) {
            fail("nothing received");
        }
        if (line == EOF) {
            received.add(EOF);
            fail("connection closed");
        }
        return Json.parse(line);
    }

    /** Null at the end of the connection. */
    String nextLineOrEof() throws InterruptedException {
        String line = received.poll(10, TimeUnit.SECONDS);
        assertThat(line).as("a line or the end within the safety limit").isNotNull();
        return line == EOF ? null : line;
    }

    void assertClosedByServer() throws InterruptedException {
        assertThat(nextLineOrEof()).as("end of connection").isNull();
    }

    JsonNode welcome() throws Exception {
        JsonNode greeting = next();
        assertThat(greeting.path("method").asText()).isEqualTo("session.welcome");
        return greeting.path("params");
    }

    /** Reads the greeting, says hello and checks the answer. */
    RawClient handshake(String token) throws Exception {
        welcome();
        send("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"session.hello\",\"params\":{\"protocol\":{\"min\":1,\"max\":1},"
                + "\"client\":\"raw\"" + (token == null ? "" : ",\"token\":\"" + token + "\"") + "}}");
        JsonNode answer = next();
        assertThat(answer.path("result").path("protocol").asInt()).as(answer.toString()).isEqualTo(1);
        return this;
    }

    JsonNode request(int id, String method, String params) throws Exception {
        send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}");
        return next();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
