package org.primebatch.swing.app;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Frame;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.util.List;
import javax.swing.Action;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRadioButtonMenuItem;
import javax.swing.JSplitPane;
import javax.swing.JToolBar;
import javax.swing.WindowConstants;

/** The main window: menus and toolbar from shared actions, the batches list beside the batch view, the status bar. */
final class MainWindow extends JFrame {
    /** The commands the window offers, shared with the tray and the keyboard. */
    record WindowActions(Action newBatch, Action startDaemon, Action closeWindow, Action quit, Action about,
                         List<Action> themes, List<Action> batch, List<Action> significantFigures) {
    }

    private final JSplitPane split;

    MainWindow(BatchesPanel batches, JComponent batchView, StatusBar status, WindowActions actions, ClientSettings settings) {
        super("Primebatch");
        setName("main");
        setIconImages(List.of(TrayPresence.picture(TrayStatus.IDLE, 16), TrayPresence.picture(TrayStatus.IDLE, 32),
                TrayPresence.picture(TrayStatus.IDLE, 64)));
        setDefaultCloseOperation(WindowConstants.DO_NOTHING_ON_CLOSE);
        setJMenuBar(menus(actions));

        split = new JSplitPane(JSplitPane.HORIZONTAL_SPLIT, batches, batchView);
        split.setName("split");
        split.setResizeWeight(0.35);
        split.setContinuousLayout(true);

        add(toolbar(actions), BorderLayout.NORTH);
        add(split, BorderLayout.CENTER);
        add(status, BorderLayout.SOUTH);
        setMinimumSize(new Dimension(720, 420));
        place(settings);
    }

    /** The layout to remember. */
    ClientSettings layout(ClientSettings settings) {
        boolean maximized = (getExtendedState() & Frame.MAXIMIZED_BOTH) == Frame.MAXIMIZED_BOTH;
        Rectangle bounds = maximized && settings.bounds() != null ? settings.bounds() : getBounds();
        return settings.withLayout(bounds, maximized, split.getDividerLocation());
    }

    /** Shows the window in front, restored if it was iconified. */
    void bringToFront() {
        setVisible(true);
        if ((getExtendedState() & Frame.ICONIFIED) != 0) {
            setExtendedState(getExtendedState() & ~Frame.ICONIFIED);
        }
        toFront();
        requestFocus();
    }

    private void place(ClientSettings settings) {
        Rectangle bounds = settings.bounds();
        if (bounds != null && onScreen(bounds)) {
            setBounds(bounds);
        } else {
            setSize(1200, 760);
            setLocationRelativeTo(null);
        }
        if (settings.maximized()) {
            setExtendedState(Frame.MAXIMIZED_BOTH);
        }
        if (settings.divider() > 0) {
            split.setDividerLocation(settings.divider());
        } else {
            split.setDividerLocation(560);
        }
    }

    /** A remembered position on a screen that is no longer attached would open the window out of reach. */
    private static boolean onScreen(Rectangle bounds) {
        for (var device : GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices()) {
            if (device.getDefaultConfiguration().getBounds().intersects(bounds)) {
                return true;
            }
        }
        return false;
    }

    private static JMenuBar menus(WindowActions actions) {
        JMenuBar bar = new JMenuBar();
        JMenu file = menu("File", 'F');
        file.add(actions.newBatch());
        file.addSeparator();
        file.add(actions.startDaemon());
        file.addSeparator();
        file.add(actions.closeWindow());
        file.add(actions.quit());
        bar.add(file);

        JMenu batch = menu("Batch", 'B');
        actions.batch().forEach(batch::add);
        bar.add(batch);

        JMenu view = menu("View", 'V');
        JMenu theme = menu("Theme", 'T');
        ButtonGroup group = new ButtonGroup();
        for (Action action : actions.themes()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(action);
            group.add(item);
            theme.add(item);
        }
        view.add(theme);
        JMenu figures = menu("Significant figures", 'S');
        figures.setToolTipText("How many significant figures the cases table shows; copies and exports keep every digit");
        ButtonGroup figureGroup = new ButtonGroup();
        for (Action action : actions.significantFigures()) {
            JRadioButtonMenuItem item = new JRadioButtonMenuItem(action);
            figureGroup.add(item);
            figures.add(item);
        }
        view.add(figures);
        bar.add(view);

        JMenu help = menu("Help", 'H');
        help.add(actions.about());
        bar.add(help);
        return bar;
    }

    private static JMenu menu(String name, char mnemonic) {
        JMenu menu = new JMenu(name);
        menu.setMnemonic(mnemonic);
        menu.setName(name.toLowerCase(java.util.Locale.ROOT).replace(" ", "") + "Menu");
        return menu;
    }

    private static JToolBar toolbar(WindowActions actions) {
        JToolBar toolbar = new JToolBar();
        toolbar.setFloatable(false);
        toolbar.setName("toolbar");
        toolbar.add(actions.newBatch()).setName("toolbar.newBatch");
        toolbar.add(actions.startDaemon()).setName("toolbar.startDaemon");
        return toolbar; // the batch's own commands sit above the batch view
    }
}
