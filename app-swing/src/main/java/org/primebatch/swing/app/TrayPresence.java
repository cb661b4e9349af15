package org.primebatch.swing.app;

import java.awt.AWTException;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.RenderingHints;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.ActionEvent;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.swing.Action;

/**
 * The client's icon in the system tray, where the desktop has one: its picture tells idle, running or attention; its
 * menu opens the window, starts a new batch or quits; batches that end pop up a notification.
 */
final class TrayPresence implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(TrayPresence.class.getName());

    private final TrayIcon icon;
    private final Map<TrayStatus, Image> images = new EnumMap<>(TrayStatus.class);
    private TrayStatus status;
    private BatchNotice lastNotice;

    private TrayPresence(TrayIcon icon) {
        this.icon = icon;
    }

    /** Puts the icon in the tray, or returns empty when this desktop has no tray. */
    static Optional<TrayPresence> install(Action open, Action newBatch, Action quit) {
        if (!SystemTray.isSupported()) {
            return Optional.empty();
        }
        SystemTray tray = SystemTray.getSystemTray();
        int size = Math.max(16, tray.getTrayIconSize().height);
        PopupMenu menu = new PopupMenu();
        menu.add(item(open));
        menu.add(item(newBatch));
        menu.addSeparator();
        menu.add(item(quit));
        TrayIcon icon = new TrayIcon(picture(TrayStatus.IDLE, size), "Primebatch", menu);
        icon.setImageAutoSize(true);
        icon.addActionListener(open); // a double click on the icon
        try {
            tray.add(icon);
        } catch (AWTException e) {
            LOG.log(Level.INFO, "the desktop refused a tray icon", e);
            return Optional.empty();
        }
        TrayPresence presence = new TrayPresence(icon);
        for (TrayStatus s : TrayStatus.values()) {
            presence.images.put(s, picture(s, size));
        }
        presence.show(TrayStatus.IDLE);
        return Optional.of(presence);
    }

    void show(TrayStatus next) {
        if (next != status) {
            status = next;
            icon.setImage(images.get(next));
            icon.setToolTip("Primebatch: " + next.tooltip());
        }
    }

    void notify(BatchNotice notice) {
        lastNotice = notice;
        icon.displayMessage(notice.title(), notice.text(),
                notice.failed() ? TrayIcon.MessageType.WARNING : TrayIcon.MessageType.INFO);
    }

    TrayStatus status() {
        return status;
    }

    /** The notice shown last, or null. */
    BatchNotice lastNotice() {
        return lastNotice;
    }

    TrayIcon icon() {
        return icon;
    }

    @Override
    public void close() {
        SystemTray.getSystemTray().remove(icon);
    }

    /** An AWT menu item that follows a Swing action's name and enabled state. */
    private static MenuItem item(Action action) {
        MenuItem item = new MenuItem((String) action.getValue(Action.NAME));
        item.setEnabled(action.isEnabled());
        item.addActionListener(e -> action.actionPerformed(new ActionEvent(item, ActionEvent.ACTION_PERFORMED, e.getActionCommand())));
        action.addPropertyChangeListener(e -> {
            if ("enabled".equals(e.getPropertyName())) {
                item.setEnabled(action.isEnabled());
            } else if (Action.NAME.equals(e.getPropertyName())) {
                item.setLabel((String) action.getValue(Action.NAME));
            }
        });
        return item;
    }

    /** The tray picture: a stack of sheets, with a coloured badge for running (blue) and attention (orange). */
    static BufferedImage picture(TrayStatus status, int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        float unit = size / 16f;
        g.setStroke(new BasicStroke(Math.max(1f, unit)));
        for (int sheet = 2; sheet >= 0; sheet--) {
            int x = Math.round((1 + sheet * 2) * unit);
            int y = Math.round((5 - sheet * 2) * unit);
            g.setColor(Color.WHITE);
            g.fillRect(x, y, Math.round(9 * unit), Math.round(10 * unit));
            g.setColor(new Color(0x44, 0x4c, 0x56));
            g.drawRect(x, y, Math.round(9 * unit), Math.round(10 * unit));
        }
        Color badge = switch (status) {
            case IDLE -> null;
            case RUNNING -> new Color(0x25, 0x74, 0xd9);
            case ATTENTION -> new Color(0xe8, 0x6a, 0x10);
        };
        if (badge != null) {
            int d = Math.round(7 * unit);
            g.setColor(badge);
            g.fillOval(size - d - 1, size - d - 1, d, d);
        }
        g.dispose();
        return image;
    }
}
