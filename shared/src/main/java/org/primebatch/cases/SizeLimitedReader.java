package org.primebatch.cases;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/** Fails with {@link TooLarge} once more than a given number of characters has been read. */
final class SizeLimitedReader extends FilterReader {
    static final class TooLarge extends IOException {
        TooLarge(long limit) {
            super("more than " + limit + " characters");
        }
    }

    private final long limit;
    private long count;

    SizeLimitedReader(Reader in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            counted(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }
}
