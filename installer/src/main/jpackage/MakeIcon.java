import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws primebatch.png, the launchers' and the desktop entry's icon: a stack of worksheets on a blue tile.
 * Run from this folder with {@code java MakeIcon.java} after changing it; the PNG is committed.
 */
public final class MakeIcon {
    private static final int SIZE = 256;

    public static void main(String[] args) throws IOException {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);

        g.setPaint(new GradientPaint(0, 0, new Color(0x2B6CB0), 0, SIZE, new Color(0x1A365D)));
        g.fill(new RoundRectangle2D.Double(8, 8, SIZE - 16, SIZE - 16, 56, 56));

        // three sheets, the back ones shifted up and right: a batch
        for (int i = 2; i >= 0; i--) {
            int x = 62 + i * 16;
            int y = 70 - i * 16;
            g.setColor(i == 0 ? Color.WHITE : new Color(255, 255, 255, 150 - i * 40));
            g.fill(new RoundRectangle2D.Double(x, y, 118, 146, 14, 14));
        }

        // lines of a calculation on the front sheet, the last one a result
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x90A4BE));
        g.drawLine(82, 100, 158, 100);
        g.drawLine(82, 126, 140, 126);
        g.drawLine(82, 152, 150, 152);
        g.setColor(new Color(0x38A169));
        g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawPolyline(new int[] {86, 104, 146}, new int[] {180, 196, 164}, 3);
        g.dispose();

        ImageIO.write(image, "png", new File("primebatch.png"));
    }
}
