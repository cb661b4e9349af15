package org.primebatch.mcdx.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, shipped with the application so that µ, °, ², Greek, √ and Σ print on any machine. The font is parsed
 * once per JVM and embedded as a subset of the glyphs each document uses.
 */
final class ReportFont {
    private static final String RESOURCE = "fonts/DejaVuSans.ttf";
    private static final char MISSING = '?';

    private ReportFont() {
    }

    private static final class Parsed {
        static final TrueTypeFont FONT = parse();
        static final CmapLookup CMAP = cmap();

        private static TrueTypeFont parse() {
            try (InputStream in = ReportFont.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the report font " + RESOURCE + " is missing from the build");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                // Tables are read lazily; reading them now keeps later use by concurrent reports to lookups.
                font.getHeader();
                font.getHorizontalHeader();
                font.getHorizontalMetrics();
                font.getMaximumProfile();
                font.getIndexToLocation();
                font.getGlyph();
                font.getNaming();
                font.getPostScript();
                font.getOS2Windows();
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report font", e);
            }
        }

        private static CmapLookup cmap() {
            try {
                return FONT.getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report font's character map", e);
            }
        }
    }

    /** The font for one document; its glyphs are embedded as a subset when the document is saved. */
    static PDType0Font embed(PDDocument document) throws IOException {
        return PDType0Font.load(document, Parsed.FONT, true);
    }

    /** Saving a document subsets the shared font, reading its glyph data: saves take turns through this lock. */
    static Object saveLock() {
        return Parsed.FONT;
    }

    /** The text with tabs as spaces, other control characters dropped and characters the font lacks as '?'. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append("    ");
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (cp == ' ' || Parsed.CMAP.getGlyphId(cp) > 0) {
                out.appendCodePoint(cp);
            } else {
                out.append(MISSING);
            }
        });
        return out.toString();
    }
}
