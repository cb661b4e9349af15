package org.primebatch.wire;

import java.io.IOException;

/** A line went past the length limit; the rest of it was not read, so the stream cannot be used any further. */
public class LineTooLongException extends IOException {
    public LineTooLongException(int limit) {
        super("line longer than " + limit + " bytes");
    }
}
