package org.primebatch.swing.batch;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.util.Locale;
import javax.swing.JComponent;
import javax.swing.UIManager;
import org.primebatch.api.Counts;

/** A progress bar that shows succeeded, failed, cancelled and skipped cases apart, with the counts in words. */
final class SegmentedProgress extends JComponent {
    private Counts counts = Counts.NONE;

    SegmentedProgress() {
        setOpaque(true);
    }

    void show(Counts shown) {
        counts = shown == null ? Counts.NONE : shown;
        setToolTipText(text(counts));
        repaint();
    }

    Counts counts() {
        return counts;
    }

    /** "1,200 succeeded, 3 failed, 797 cancelled of 2,000", leaving out the states no case ended in. */
    static String text(Counts c) {
        StringBuilder text = new StringBuilder();
        append(text, c.succeeded(), "succeeded");
        append(text, c.failed(), "failed");
        append(text, c.cancelled(), "cancelled");
        append(text, c.skipped(), "skipped");
        if (text.isEmpty()) {
            text.append("none done");
        }
        return text.append(String.format(Locale.ROOT, " of %,d", c.total())).toString();
    }

    private static void append(StringBuilder text, int count, String word) {
        if (count > 0) {
            text.append(text.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s", count, word));
        }
    }

    @Override
    public java.awt.Dimension getPreferredSize() {
        FontMetrics metrics = getFontMetrics(getFont());
        return new java.awt.Dimension(200, metrics.getHeight() + 6);
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        Insets in = getInsets();
        int x = in.left;
        int y = in.top;
        int width = getWidth() - in.left - in.right;
        int height = getHeight() - in.top - in.bottom;
        g.setColor(new Color(0xE0E0E0));
        g.fillRect(x, y, width, height);
        int total = Math.max(1, counts.total());
        int[] values = {counts.succeeded(), counts.failed(), counts.cancelled(), counts.skipped()};
        Color[] colors = {StateColors.SUCCEEDED, StateColors.FAILED, StateColors.MUTED, StateColors.MUTED.brighter()};
        int done = 0;
        for (int i = 0; i < values.length; i++) {
            int from = x + (int) ((long) width * done / total);
            done += values[i];
            int to = x + (int) ((long) width * done / total);
            g.setColor(colors[i]);
            g.fillRect(from, y, to - from, height);
        }
        g.setColor(Color.GRAY);
        g.drawRect(x, y, width - 1, height - 1);
        String text = text(counts);
        FontMetrics metrics = g.getFontMetrics(getFont());
        g.setFont(getFont());
        int textX = x + Math.max(2, (width - metrics.stringWidth(text)) / 2);
        int textY = y + (height - metrics.getHeight()) / 2 + metrics.getAscent();
        g.setColor(Color.WHITE);
        g.drawString(text, textX + 1, textY + 1);
        Color fg = UIManager.getColor("Label.foreground");
        g.setColor(fg == null ? Color.BLACK : fg);
        g.drawString(text, textX, textY);
        g.dispose();
    }
}
