package org.primebatch.swing.batch;

import java.awt.BasicStroke;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Cursor;
import java.awt.Font;
import java.awt.Insets;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.event.MouseEvent;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
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
import org.jfree.chart.ChartMouseEvent;
import org.jfree.chart.ChartMouseListener;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.entity.EntityCollection;
import org.jfree.chart.entity.XYItemEntity;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.primebatch.api.BatchView;
import org.primebatch.api.ResultCheck;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;

/**
 * An XY plot of one numeric output of the succeeded cases against the case number or a numeric input, in one series or
 * one per value of a second input, with the limits of the batch's check on that output as lines. A point's tooltip
 * names its case; a click on it chooses that case. The cases are loaded off the event dispatch thread, again when the
 * tab is shown after cases succeeded, at most every few seconds.
 */
final class ChartTab extends JPanel {
    static final String CASE_NUMBER = "Case number";
    static final String NO_SERIES = "None";
    /** Series colours that stay apart on white, for the first values; "other values" are grey. */
    private static final Color[] PALETTE = {
        new Color(0x1565C0), new Color(0xE65100), new Color(0x2E7D32), new Color(0x6A1B9A), new Color(0x00838F),
        new Color(0xAD1457), new Color(0x827717), new Color(0x4E342E), new Color(0x283593), new Color(0xEF6C00),
        new Color(0x00695C), new Color(0x5D4037)};
    private static final Color OTHER_SERIES = new Color(0x9E9E9E);
    private static final Color LIMIT = new Color(0xC62828);
    private static final long MIN_RELOAD_MILLIS = 2000;
    private static final int PNG_WIDTH = 1200;
    private static final int PNG_HEIGHT = 800;

    private final CasePageSource source;
    private final StatusLine status;
    private final JComboBox<String> yAxis = new JComboBox<>();
    private final JComboBox<String> xAxis = new JComboBox<>();
    private final JComboBox<String> seriesBy = new JComboBox<>();
    private final JButton reload = new JButton("Reload");
    private final JButton save = new JButton("Save as PNG…");
    private final JLabel info = new JLabel(" ");
    private final JFreeChart chart;
    private final ChartPanel chartPanel;
    private BatchView batch;
    private ChartData data = ChartData.EMPTY;
    private ChartPlot shown = ChartPlot.of(ChartData.EMPTY, null, null, null, null);
    private LongConsumer caseChosen = seq -> { };
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

        chart = ChartFactory.createScatterPlot(null, CASE_NUMBER, "", new XYSeriesCollection(),
                PlotOrientation.VERTICAL, true, true, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.getLegend().setVisible(false);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDDDDDD));
        plot.setRangeGridlinePaint(new Color(0xDDDDDD));
        plot.getRenderer().setDefaultToolTipGenerator((dataset, series, item) -> shown.tooltip(series, item));
        chartPanel = new ChartPanel(chart);
        chartPanel.setName("chart");
        chartPanel.setMouseWheelEnabled(true);
        chartPanel.setInitialDelay(200);
        chartPanel.addChartMouseListener(new ChartMouseListener() {
            @Override
            public void chartMouseClicked(ChartMouseEvent event) {
                if (event.getTrigger().getButton() == MouseEvent.BUTTON1) {
                    chooseCaseAt(event.getTrigger().getPoint());
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEvent event) {
                chartPanel.setCursor(event.getEntity() instanceof XYItemEntity
                        ? Cursor.getPredefinedCursor(Cursor.HAND_CURSOR) : Cursor.getDefaultCursor());
            }
        });

        yAxis.setName("chartOutput");
        xAxis.setName("chartAgainst");
        yAxis.addActionListener(event -> axesChanged());
        xAxis.addActionListener(event -> axesChanged());
        seriesBy.setName("chartSeriesBy");
        seriesBy.setToolTipText("Draws one series for each value of this input");
        seriesBy.addActionListener(event -> axesChanged());
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

        JPanel bar = new JPanel(new MigLayout("insets 4 6 4 6", "[][][][][][]push[][][]"));
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
        JLabel seriesLabel = new JLabel("Series by:");
        seriesLabel.setDisplayedMnemonic('b');
        seriesLabel.setLabelFor(seriesBy);
        bar.add(seriesLabel);
        bar.add(seriesBy, "wmin 110");
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

    /** {@code listener} gets the number of the case whose point was clicked. */
    void onCaseChosen(LongConsumer listener) {
        caseChosen = Objects.requireNonNull(listener);
    }

    int pointCount() {
        return shown.pointCount();
    }

    ChartPlot plotShown() {
        return shown;
    }

    /** Chooses the case of the point drawn at {@code point} of the chart panel, if there is one; says whether there was. */
    boolean chooseCaseAt(Point point) {
        ChartEntity entity = chartPanel.getEntityForPoint(point.x, point.y);
        if (entity instanceof XYItemEntity item && item.getSeriesIndex() < shown.series().size()) {
            caseChosen.accept(shown.seqAt(item.getSeriesIndex(), item.getItem()));
            return true;
        }
        return false;
    }

    /** Where the point of case {@code seq} is drawn in the chart panel, or null when it is not drawn. */
    Point pointOf(int seq) {
        if (chartPanel.getChartRenderingInfo() == null) {
            return null;
        }
        EntityCollection entities = chartPanel.getChartRenderingInfo().getEntityCollection();
        if (entities == null) {
            return null;
        }
        for (Object entity : entities.getEntities()) {
            if (entity instanceof XYItemEntity item && item.getSeriesIndex() < shown.series().size()
                    && shown.seqAt(item.getSeriesIndex(), item.getItem()) == seq) {
                Rectangle bounds = item.getArea().getBounds();
                Insets insets = chartPanel.getInsets();
                return new Point(insets.left + (int) Math.round(bounds.getCenterX() * chartPanel.getScaleX()),
                        insets.top + (int) Math.round(bounds.getCenterY() * chartPanel.getScaleY()));
            }
        }
        return null;
    }

    ChartPanel chartPanel() {
        return chartPanel;
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
        Object series = seriesBy.getSelectedItem();
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
            DefaultComboBoxModel<String> by = new DefaultComboBoxModel<>();
            by.addElement(NO_SERIES);
            data.inputAliases().forEach(by::addElement);
            seriesBy.setModel(by);
            if (series != null && by.getIndexOf(series) >= 0) {
                seriesBy.setSelectedItem(series);
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
        String by = (String) seriesBy.getSelectedItem();
        XYPlot plot = chart.getXYPlot();
        plot.clearRangeMarkers();
        if (y == null || x == null) {
            shown = ChartPlot.of(ChartData.EMPTY, null, null, null, null);
            plot.setDataset(new XYSeriesCollection());
            chart.getLegend().setVisible(false);
            plot.getDomainAxis().setLabel(CASE_NUMBER);
            plot.getRangeAxis().setLabel("");
            plot.getRangeAxis().setAutoRange(true);
            info.setText(batch == null || loading ? " " : "No numeric output among " + data.size() + " succeeded cases");
            return;
        }
        shown = ChartPlot.of(data, y, CASE_NUMBER.equals(x) ? null : x, NO_SERIES.equals(by) ? null : by, check());
        XYSeriesCollection dataset = new XYSeriesCollection();
        for (ChartPlot.Series series : shown.series()) {
            XYSeries points = new XYSeries(series.label(), false, true);
            for (int i = 0; i < series.size(); i++) {
                points.add(series.xs()[i], series.ys()[i], false);
            }
            dataset.addSeries(points);
        }
        for (int i = 0; i < shown.series().size(); i++) {
            boolean other = shown.series().get(i).label().startsWith(ChartPlot.OTHER_VALUES);
            plot.getRenderer().setSeriesPaint(i, other ? OTHER_SERIES : PALETTE[i % PALETTE.length]);
        }
        plot.setDataset(dataset);
        chart.getLegend().setVisible(shown.seriesBy() != null);
        plot.getDomainAxis().setLabel(CASE_NUMBER.equals(x) ? CASE_NUMBER : label(x, data.inputUnits().get(x)));
        plot.getRangeAxis().setLabel(label(y, data.outputUnits().get(y)));
        drawLimits(plot);
        int count = shown.pointCount();
        info.setText(String.format(Locale.ROOT, "%,d point%s", count, count == 1 ? "" : "s")
                + (shown.seriesBy() == null ? "" : String.format(Locale.ROOT, " in %d series", shown.series().size())));
    }

    /** The check's limits as labelled lines, with the value axis reaching them. */
    private void drawLimits(XYPlot plot) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ResultCheck.Limit limit : shown.limits()) {
            ValueMarker line = new ValueMarker(limit.limit(), LIMIT, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            line.setLabel(ChartPlot.label(limit));
            line.setLabelPaint(LIMIT);
            line.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            line.setLabelFont(getFont().deriveFont(Font.BOLD));
            line.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
            line.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
            plot.addRangeMarker(line);
            low = Math.min(low, limit.limit());
            high = Math.max(high, limit.limit());
        }
        if (shown.limits().isEmpty() || shown.pointCount() == 0) {
            plot.getRangeAxis().setAutoRange(true);
            return;
        }
        for (ChartPlot.Series series : shown.series()) {
            for (double value : series.ys()) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        double margin = high > low ? (high - low) * 0.08 : Math.max(1, Math.abs(high) * 0.1);
        plot.getRangeAxis().setRange(low - margin, high + margin);
    }

    private ResultCheck check() {
        try {
            return batch == null ? null : batch.spec().resultCheck();
        } catch (IllegalArgumentException e) {
            return null; // the daemon refuses a batch with a check it cannot read; an older one is drawn without it
        }
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
