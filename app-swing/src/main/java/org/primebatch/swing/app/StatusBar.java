package org.primebatch.swing.app;

import java.awt.Color;
import java.util.List;
import java.util.stream.Collectors;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.DaemonStatus;
import org.primebatch.api.EngineInfo;
import org.primebatch.swing.model.ConnectionState;

/**
 * The bottom line of the main window: how the client stands with the daemon, the daemon's version and its engines;
 * with no daemon, a "Start daemon" button (user mode) or how to start the service.
 */
final class StatusBar extends JPanel {
    private final JLabel connection = new JLabel();
    private final JLabel version = new JLabel();
    private final JLabel engines = new JLabel();
    private final JLabel message = new JLabel();
    private final JButton start;
    private final String serviceHint;

    StatusBar(Action startDaemon, String serviceHint) {
        super(new MigLayout("insets 3 8 3 8, gapx 14", "[][][][grow][]"));
        this.serviceHint = serviceHint;
        this.start = new JButton(startDaemon);
        connection.setName("connectionState");
        version.setName("daemonVersion");
        engines.setName("engines");
        message.setName("statusMessage");
        start.setName("startDaemon");
        add(connection);
        add(version);
        add(engines);
        add(message, "growx, wmin 0");
        add(start, "hidemode 3");
        showConnection(ConnectionState.NO_DAEMON);
    }

    void showConnection(ConnectionState state) {
        switch (state) {
            case CONNECTED -> setConnection("Connected", "Actions.Green");
            case RECONNECTING -> setConnection("Reconnecting…", "Actions.Yellow");
            case NO_DAEMON -> setConnection("No daemon", "Actions.Red");
        }
        boolean down = state != ConnectionState.CONNECTED;
        start.setVisible(down && serviceHint == null);
        if (down) {
            version.setText("");
            engines.setText("");
            engines.setToolTipText(null);
        }
        message.setText(down && serviceHint != null ? serviceHint : "");
    }

    void showDaemon(DaemonStatus status) {
        version.setText("Daemon " + status.version());
        List<EngineInfo> list = status.engines() == null ? List.of() : status.engines();
        engines.setText("Engines: " + list.stream()
                .map(e -> e.available() ? e.name() : e.name() + " (unavailable)")
                .collect(Collectors.joining(", ")));
        engines.setToolTipText("<html>" + list.stream()
                .map(e -> e.name() + ": " + (e.available() ? "available, " + e.slots() + " slots" : e.reason()))
                .collect(Collectors.joining("<br>")) + "</html>");
    }

    /** A passing message, such as the result of the last action. */
    void showMessage(String text) {
        message.setText(text);
    }

    private void setConnection(String text, String colorKey) {
        connection.setText(text);
        Color color = UIManager.getColor(colorKey);
        connection.setIcon(new Dot(color == null ? Color.GRAY : color));
    }

    /** A filled circle in the state's colour. */
    private record Dot(Color color) implements javax.swing.Icon {
        @Override
        public void paintIcon(java.awt.Component c, java.awt.Graphics g, int x, int y) {
            java.awt.Graphics2D g2 = (java.awt.Graphics2D) g.create();
            g2.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setColor(color);
            g2.fillOval(x + 1, y + 1, 8, 8);
            g2.dispose();
        }

        @Override
        public int getIconWidth() {
            return 10;
        }

        @Override
        public int getIconHeight() {
            return 10;
        }
    }
}
