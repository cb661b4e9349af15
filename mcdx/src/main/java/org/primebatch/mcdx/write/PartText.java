package org.primebatch.mcdx.write;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An XML part as text, to be changed by replacing ranges of characters. The bytes are decoded as strict UTF-8 and
 * encoded back the same way, so every character outside the replaced ranges comes out byte for byte as it came in,
 * a leading byte order mark and the XML declaration included.
 */
final class PartText {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final boolean bom;
    private final String text;
    private final List<Edit> edits = new ArrayList<>();

    private record Edit(int start, int end, String replacement) {
    }

    private PartText(boolean bom, String text) {
        this.bom = bom;
        this.text = text;
    }

    static PartText decode(byte[] bytes, String source) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        int offset = bom ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
            return new PartText(bom, text);
        } catch (CharacterCodingException e) {
            throw new CaseWriteException(source + ": cannot be rewritten: it is not UTF-8", e);
        }
    }

    String text() {
        return text;
    }

    /** Replaces the characters from {@code start} (inclusive) to {@code end}; ranges must not overlap. */
    void replace(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement));
    }

    byte[] encode() {
        List<Edit> ordered = new ArrayList<>(edits);
        ordered.sort(Comparator.comparingInt(Edit::start));
        StringBuilder out = new StringBuilder(text.length() + 256);
        int at = 0;
        for (Edit edit : ordered) {
            if (edit.start < at) {
                throw new IllegalStateException("overlapping replacements at character " + edit.start);
            }
            out.append(text, at, edit.start).append(edit.replacement);
            at = edit.end;
        }
        out.append(text, at, text.length());
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(out));
            byte[] bytes = new byte[(bom ? 3 : 0) + encoded.remaining()];
            if (bom) {
                System.arraycopy(BOM, 0, bytes, 0, 3);
            }
            encoded.get(bytes, bom ? 3 : 0, encoded.remaining());
            return bytes;
        } catch (CharacterCodingException e) {
            throw new CaseWriteException("a replacement cannot be written as UTF-8", e);
        }
    }
}
