package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * Components in a row from the leading edge that goes on in a new row where the next one would not fit, so that a
 * toolbar narrower than its buttons shows every one of them. The preferred height is that of the rows the container's
 * width needs; when a new width needs another number of rows, the container asks for a new layout.
 */
final class WrappingFlowLayout extends FlowLayout {
    private int rowsHeight = -1;

    WrappingFlowLayout() {
        super(LEADING, 0, 0);
    }

    @Override
    public Dimension preferredLayoutSize(Container target) {
        return size(target, true);
    }

    /** As wide as the widest component, as high as the rows it takes at the container's width. */
    @Override
    public Dimension minimumLayoutSize(Container target) {
        return size(target, false);
    }

    @Override
    public void layoutContainer(Container target) {
        super.layoutContainer(target);
        int height = preferredLayoutSize(target).height;
        if (height != rowsHeight) {
            rowsHeight = height;
            if (target instanceof JComponent component && height != target.getHeight()) {
                SwingUtilities.invokeLater(component::revalidate);
            }
        }
    }

    private Dimension size(Container target, boolean preferred) {
        synchronized (target.getTreeLock()) {
            Insets insets = target.getInsets();
            int edges = insets.left + insets.right + 2 * getHgap();
            int available = target.getWidth() > 0 ? target.getWidth() - edges : Integer.MAX_VALUE;
            int widest = 0;
            int height = 0;
            int rowWidth = 0;
            int rowHeight = 0;
            for (Component component : target.getComponents()) {
                if (!component.isVisible()) {
                    continue;
                }
                Dimension size = preferred ? component.getPreferredSize() : component.getMinimumSize();
                int next = rowWidth == 0 ? size.width : rowWidth + getHgap() + size.width;
                if (rowWidth > 0 && next > available) {
                    widest = Math.max(widest, rowWidth);
                    height += rowHeight + getVgap();
                    next = size.width;
                    rowHeight = 0;
                }
                rowWidth = next;
                rowHeight = Math.max(rowHeight, size.height);
            }
            widest = preferred ? Math.max(widest, rowWidth) : widestComponent(target);
            height += rowHeight;
            return new Dimension(widest + edges, height + insets.top + insets.bottom + 2 * getVgap());
        }
    }

    private static int widestComponent(Container target) {
        int widest = 0;
        for (Component component : target.getComponents()) {
            if (component.isVisible()) {
                widest = Math.max(widest, component.getMinimumSize().width);
            }
        }
        return widest;
    }
}
