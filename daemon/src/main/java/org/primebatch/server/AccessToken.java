package org.primebatch.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The secret a TCP client must present; 256 random bits as 64 hex digits. */
record AccessToken(String value) {
    private static final SecureRandom RANDOM = new SecureRandom();

    static AccessToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new AccessToken(HexFormat.of().formatHex(bytes));
    }

    /** Constant-time comparison, so timing does not tell how much of a guess was right. */
    boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AccessToken[hidden]";
    }
}
