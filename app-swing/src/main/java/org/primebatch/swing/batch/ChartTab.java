package org.primebatch.swing.batch;

import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.swing.DefaultComboBoxModel;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.Timer;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.primebatch.api.BatchView;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;

/**
 * An XY plot of one numeric output of the succeeded cases against the case number or a numeric input. The cases are
 * loaded off the event dispatch thread, again when the tab is shown after cases succeeded, at most every few seconds.
 */
final class ChartTab extends JPanel {
    static final String CASE_NUMBER = "Case number";
    private static final long MIN_RELOAD_MILLIS = 2000;
    private static final int PNG_WIDTH = 1200;
    private static final int PNG_HEIGHT = 800;

    private final CasePageSource source;
    private final StatusLine status;
    private final JComboBox<String> yAxis = new JComboBox<>();
    private final JComboBox<String> xAxis = new JComboBox<>();
    private final JButton reload = new JButton("Reload");
    private final JButton save = new JButton("Save as PNG…");
    private final JLabel info = new JLabel(" ");
    private final XYSeries points = new XYSeries("cases", false, true);
    private final JFreeChart chart;
    private final ChartPanel chartPanel;
    private BatchView batch;
    private ChartData data = ChartData.EMPTY;
    private boolean stale;
    private boolean loading;
    private long lastLoad;
    private boolean updatingAxes;
    /** Loads once the minimum time between loads has passed, when cases changed too soon after the last load. */
    private final Timer deferred = new Timer(0, event -> refreshIfShowing());

    ChartTab(CasePageSource source, StatusLine status) {
        super(new BorderLayout());
        this.source = source;
        this.status = status;
        setName("chartTab");

        chart = ChartFactory.createScatterPlot(null, CASE_NUMBER, "", new XYSeriesCollection(points),
                PlotOrientation.VERTICAL, false, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRenderer().setSeriesPaint(0, StateColors.RUNNING);
        chartPanel = new ChartPanel(chart);
        chartPanel.setName("chart");
        chartPanel.setMouseWheelEnabled(true);

        yAxis.setName("chartOutput");
        xAxis.setName("chartAgainst");
        yAxis.addActionListener(event -> axesChanged());
        xAxis.addActionListener(event -> axesChanged());
        reload.setName("reloadChart");
        reload.setMnemonic('l');
        reload.setToolTipText("Load the succeeded cases again");
        reload.addActionListener(event -> load());
        save.setName("saveChartPng");
        save.setMnemonic('s');
        save.setToolTipText("Save the chart as a PNG picture");
        save.addActionListener(event -> savePng());
        deferred.setRepeats(false);
        info.setName("chartInfo");

        JPanel bar = new JPanel(new MigLayout("insets 4 6 4 6", "[][][][]push[][][]"));
        JLabel plotLabel = new JLabel("Plot:");
        plotLabel.setDisplayedMnemonic('t');
        plotLabel.setLabelFor(yAxis);
        JLabel againstLabel = new JLabel("against:");
        againstLabel.setDisplayedMnemonic('g');
        againstLabel.setLabelFor(xAxis);
        bar.add(plotLabel);
        bar.add(yAxis, "wmin 140");
        bar.add(againstLabel);
        bar.add(xAxis, "wmin 140");
        bar.add(info);
        bar.add(reload);
        bar.add(save);
        add(bar, BorderLayout.NORTH);
        add(chartPanel, BorderLayout.CENTER);
        showAxes();
    }

    /** Shows {@code view}; another batch clears the chart and loads when the tab is visible. */
    void show(BatchView view) {
        Edt.require();
        boolean other = view == null || batch == null || view.id() != batch.id();
        batch = view;
        if (other) {
            data = ChartData.EMPTY;
            loading = false;
            lastLoad = 0;
            stale = view != null;
            showAxes();
            plot();
            info.setText(" ");
        }
    }

    /** Cases of the batch succeeded or were reset: the chart loads again when next shown. */
    void casesChanged() {
        stale = batch != null;
    }

    /** Loads when the tab is visible and its cases changed, at most every few seconds. */
    void refreshIfShowing() {
        if (!isShowing() || !stale || loading) {
            return;
        }
        long wait = lastLoad + MIN_RELOAD_MILLIS - System.currentTimeMillis();
        if (wait <= 0) {
            load();
        } else if (!deferred.isRunning()) {
            deferred.setInitialDelay((int) wait);
            deferred.start();
        }
    }

    int pointCount() {
        return points.getItemCount();
    }

    JFreeChart chart() {
        return chart;
    }

    private void load() {
        if (batch == null || loading) {
            return;
        }
        BatchView asked = batch;
        loading = true;
        stale = false;
        lastLoad = System.currentTimeMillis();
        info.setText("Loading…");
        Edt.onAnswer(ChartData.load(source, asked.id()), (loaded, error) -> {
            if (batch == null || batch.id() != asked.id()) {
                return;
            }
            loading = false;
            if (error != null) {
                info.setText("Not loaded");
                status.error("Cannot load the chart's cases: " + Failures.message(error));
                return;
            }
            data = loaded;
            showAxes();
            plot();
            refreshIfShowing();
        });
    }

    /** Fills the axis choices from the data, keeping the choices made where they still exist. */
    private void showAxes() {
        Object y = yAxis.getSelectedItem();
        Object x = xAxis.getSelectedItem();
        updatingAxes = true;
        try {
            DefaultComboBoxModel<String> outputs = new DefaultComboBoxModel<>();
            data.outputs().keySet().forEach(outputs::addElement);
            yAxis.setModel(outputs);
            if (y != null && data.outputs().containsKey(y)) {
                yAxis.setSelectedItem(y);
            }
            DefaultComboBoxModel<String> against = new DefaultComboBoxModel<>();
            against.addElement(CASE_NUMBER);
            data.inputs().keySet().forEach(against::addElement);
            xAxis.setModel(against);
            if (x != null && (CASE_NUMBER.equals(x) || data.inputs().containsKey(x))) {
                xAxis.setSelectedItem(x);
            }
        } finally {
            updatingAxes = false;
        }
        save.setEnabled(batch != null);
    }

    private void axesChanged() {
        if (!updatingAxes) {
            plot();
        }
    }

    private void plot() {
        String y = (String) yAxis.getSelectedItem();
        String x = (String) xAxis.getSelectedItem();
        points.clear();
        XYPlot plot = chart.getXYPlot();
        if (y == null || x == null) {
            plot.getDomainAxis().setLabel(CASE_NUMBER);
            plot.getRangeAxis().setLabel("");
            info.setText(batch == null || loading ? " " : "No numeric output among " + data.size() + " succeeded cases");
            return;
        }
        double[] ys = data.outputs().get(y);
        double[] xs = CASE_NUMBER.equals(x) ? null : data.inputs().get(x);
        points.setNotify(false);
        for (int i = 0; i < data.size(); i++) {
            double xValue = xs == null ? data.seqs()[i] : xs[i];
            if (!Double.isNaN(xValue) && !Double.isNaN(ys[i])) {
                points.add(xValue, ys[i], false);
            }
        }
        points.setNotify(true);
        plot.getDomainAxis().setLabel(CASE_NUMBER.equals(x) ? CASE_NUMBER : label(x, data.inputUnits().get(x)));
        plot.getRangeAxis().setLabel(label(y, data.outputUnits().get(y)));
        info.setText(String.format(Locale.ROOT, "%,d point%s", points.getItemCount(), points.getItemCount() == 1 ? "" : "s"));
    }

    private static String label(String alias, String unit) {
        return unit == null || unit.isEmpty() ? alias : alias + " [" + unit + "]";
    }

    private void savePng() {
        if (batch == null) {
            return;
        }
        JFileChooser chooser = new JFileChooser();
        chooser.setName("chartFileChooser");
        chooser.setDialogTitle("Save chart as PNG");
        chooser.setFileFilter(new FileNameExtensionFilter("PNG pictures (*.png)", "png"));
        String y = Objects.toString(yAxis.getSelectedItem(), "chart");
        String x = CASE_NUMBER.equals(xAxis.getSelectedItem()) ? "case" : Objects.toString(xAxis.getSelectedItem(), "case");
        String outDir = batch.spec().outDir();
        File folder = outDir != null && Files.isDirectory(Path.of(outDir)) ? new File(outDir) : null;
        chooser.setSelectedFile(new File(folder, fileSafe(y + "-vs-" + x) + ".png"));
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            target = target.resolveSibling(target.getFileName() + ".png");
        }
        if (Files.exists(target) && JOptionPane.showConfirmDialog(this, target.getFileName() + " exists. Replace it?",
                "Save chart", JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        BufferedImage image = chart.createBufferedImage(PNG_WIDTH, PNG_HEIGHT);
        Path file = target;
        Edt.onAnswer(CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                ChartUtils.writeBufferedImageAsPNG(out, image);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write " + file + ": " + e.getMessage(), e);
            }
        }), (done, error) -> {
            if (error != null) {
                status.error(Failures.message(error));
                JOptionPane.showMessageDialog(this, Failures.message(error), "Chart not saved", JOptionPane.ERROR_MESSAGE);
            } else {
                status.info("Chart saved to " + file);
            }
        });
    }

    private static String fileSafe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
