package org.primebatch.server;

import com.fasterxml.jackson.databind.JsonNode;

/** What a connection does after reading a line: send {@code message} (if any), then close if {@code close}. */
record Reply(JsonNode message, boolean close) {
    static final Reply NONE = new Reply(null, false);

    static Reply send(JsonNode message) {
        return new Reply(message, false);
    }

    static Reply sendAndClose(JsonNode message) {
        return new Reply(message, true);
    }
}
