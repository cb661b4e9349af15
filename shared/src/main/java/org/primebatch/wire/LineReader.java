package org.primebatch.wire;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads UTF-8 lines ended by {@code \n} (a {@code \r} before it is dropped), refusing any line longer than a limit
 * without buffering it whole.
 */
public final class LineReader {
    private final InputStream in;
    private final int limit;
    private byte[] buffer = new byte[8192];

    public LineReader(InputStream in, int limit) {
        this.in = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 65536);
        this.limit = limit;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    public String readLine() throws IOException {
        int length = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return length == 0 ? null : decode(length);
            }
            if (b == '\n') {
                return decode(length);
            }
            // one byte of slack for a '\r' that the terminator will strip
            if (length > limit) {
                throw new LineTooLongException(limit);
            }
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, limit + 1));
            }
            buffer[length++] = (byte) b;
        }
    }

    private String decode(int length) throws LineTooLongException {
        if (length > 0 && buffer[length - 1] == '\r') {
            length--;
        }
        if (length > limit) {
            throw new LineTooLongException(limit);
        }
        return new String(buffer, 0, length, StandardCharsets.UTF_8);
    }
}
