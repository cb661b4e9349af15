package org.primebatch.mcdx.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Writes text top to bottom on A4 pages, starting a new page when the next block does not fit. */
final class PageWriter implements AutoCloseable {
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float FOOTER = 28;
    static final float LEFT = MARGIN;
    static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;

    /** Grey levels and colours as RGB in 0..1. */
    record Colour(float r, float g, float b) {
        static final Colour TEXT = new Colour(0, 0, 0);
        static final Colour MUTED = new Colour(0.45f, 0.45f, 0.45f);
        static final Colour RULE = new Colour(0.7f, 0.7f, 0.7f);
        static final Colour ERROR = new Colour(0.65f, 0.1f, 0.1f);
    }

    private final PDDocument document;
    private final PDFont font;
    private PDPageContentStream content;
    private float y;

    PageWriter(PDDocument document, PDFont font) {
        this.document = document;
        this.font = font;
        newPage();
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(ReportFont.printable(text)) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> wrap(String text, float size, float width) {
        return wrap(text, size, width, width);
    }

    List<String> wrap(String text, float size, float firstWidth, float width) {
        return TextWrap.lines(ReportFont.printable(text), firstWidth, width, t -> width(t, size));
    }

    /** Starts a new page unless {@code height} more points fit on this one. */
    void keep(float height) {
        if (y - height < MARGIN + FOOTER) {
            newPage();
        }
    }

    /** One line of text whose top is at the cursor; moves the cursor below it. */
    void line(float x, String text, float size, Colour colour) {
        float leading = leading(size);
        keep(leading);
        show(x, y - size, text, size, colour);
        y -= leading;
    }

    /** Text at a baseline {@code below} points under the cursor, leaving the cursor where it is. */
    void textAt(float x, float below, String text, float size, Colour colour) {
        show(x, y - below, text, size, colour);
    }

    void down(float points) {
        y -= points;
    }

    void rule(Colour colour) {
        try {
            content.setStrokingColor(colour.r(), colour.g(), colour.b());
            content.setLineWidth(0.5f);
            content.moveTo(LEFT, y);
            content.lineTo(LEFT + WIDTH, y);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static float leading(float size) {
        return size * 1.3f;
    }

    private void show(float x, float baseline, String text, float size, Colour colour) {
        try {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(colour.r(), colour.g(), colour.b());
            content.newLineAtOffset(x, baseline);
            content.showText(ReportFont.printable(text));
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        try {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(SIZE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = SIZE.getHeight() - MARGIN;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
