package org.primebatch.swing.batch;

import java.awt.Font;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.CrossCheck;
import org.primebatch.api.CrossCheckStatus;
import org.primebatch.api.ResultCheck;
import org.primebatch.swing.model.BatchRow;

/**
 * The shown batch at a glance: name and state, worksheet, engine, output folder, priority, progress and counts, and
 * how many cases fail the batch's check when it has one.
 */
final class BatchHeader extends JPanel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final JLabel name = label("batchName");
    private final JLabel state = label("batchState");
    private final JLabel worksheet = label("batchWorksheet");
    private final JLabel engine = label("batchEngine");
    private final JLabel outDir = label("batchOutDir");
    private final JLabel priority = label("batchPriority");
    private final JLabel times = label("batchTimes");
    private final SegmentedProgress progress = new SegmentedProgress();
    private final JLabel counts = label("batchCounts");
    private final JLabel checkTitle = new JLabel("Check:");
    private final JLabel check = label("batchCheck");
    private final JLabel crossCheckTitle = new JLabel("Cross-check:");
    private final JLabel crossCheck = label("batchCrossCheck");

    BatchHeader() {
        super(new MigLayout("insets 8 10 6 10, fillx, hidemode 3", "[right][grow,fill]24[right][grow,fill]"));
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.35f));
        state.setFont(state.getFont().deriveFont(Font.BOLD));
        progress.setName("batchProgress");

        add(name, "span, split 3, left");
        add(state, "gapleft 12");
        add(times, "gapleft push, wrap");
        add(new JLabel("Worksheet:"));
        add(worksheet, "wmin 0");
        add(new JLabel("Engine:"));
        add(engine, "wmin 0, wrap");
        add(new JLabel("Output folder:"));
        add(outDir, "wmin 0");
        add(new JLabel("Priority:"));
        add(priority, "wmin 0, wrap");
        add(new JLabel("Progress:"));
        add(progress, "wmin 0");
        add(counts, "span 2, left, wmin 0, wrap");
        add(checkTitle);
        add(check, "span 3, left, wmin 0, wrap");
        add(crossCheckTitle);
        add(crossCheck, "span 3, left, wmin 0");
    }

    void show(BatchView batch) {
        BatchSpec spec = batch.spec();
        name.setText(displayName(batch));
        String stateText = batch.state().word();
        if (batch.pauseReason() != null && !batch.pauseReason().isBlank()) {
            stateText += " (" + batch.pauseReason() + ")";
        }
        state.setText(stateText);
        state.setForeground(StateColors.of(batch.state()) != null
                ? StateColors.of(batch.state()) : UIManager.getColor("Label.foreground"));
        worksheet.setText(spec.worksheet());
        worksheet.setToolTipText(spec.worksheet());
        engine.setText(spec.engine());
        outDir.setText(spec.outDir() == null ? "(the worksheet's folder)" : spec.outDir());
        outDir.setToolTipText(spec.outDir());
        priority.setText(spec.priority().word());
        times.setText(times(batch));

        Counts c = batch.counts() == null ? Counts.NONE : batch.counts();
        progress.show(c);
        counts.setText(counts(c));
        String checkText = checkText(spec);
        checkTitle.setVisible(checkText != null);
        check.setVisible(checkText != null);
        if (checkText != null) {
            check.setText(check(c, checkText));
            check.setToolTipText("The batch's check on the outputs of every succeeded case: " + checkText);
            check.setForeground(c.checkFailed() > 0 ? StateColors.FAILED
                    : c.succeeded() > 0 ? StateColors.SUCCEEDED : UIManager.getColor("Label.foreground"));
        }
        CrossCheckStatus status = batch.crossCheck();
        crossCheckTitle.setVisible(status != null);
        crossCheck.setVisible(status != null);
        if (status != null) {
            crossCheck.setText(crossCheck(status));
            crossCheck.setToolTipText("<html>Verification cases and spot checks run on Mathcad Prime and the native engine;"
                    + "<br>any output that differs (beyond 1e-9 relative) stops native use for the batch.</html>");
            crossCheck.setForeground(CrossCheck.MATHCAD.equals(status.state()) ? StateColors.FAILED
                    : CrossCheck.NATIVE.equals(status.state()) ? StateColors.SUCCEEDED : UIManager.getColor("Label.foreground"));
        }
    }

    /** "with Mathcad Prime (3 cases first, every 50th after): running natively: …", with both values of a difference. */
    static String crossCheck(CrossCheckStatus status) {
        String plan = "with Mathcad Prime (" + status.verify() + " case" + (status.verify() == 1 ? "" : "s") + " first"
                + (status.spotCheck() > 0 ? ", one in " + status.spotCheck() + " after" : "") + "): ";
        return plan + status.display();
    }

    /** The batch's check as written back ({@code utilisation <= 1}), or null when it has none. */
    private static String checkText(BatchSpec spec) {
        if (spec.check() == null) {
            return null;
        }
        try {
            ResultCheck parsed = spec.resultCheck();
            return parsed == null ? null : parsed.display();
        } catch (IllegalArgumentException e) {
            return spec.check();
        }
    }

    /**
     * "3 cases fail utilisation <= 1", "all 18 succeeded cases pass utilisation <= 1", or "no case checked yet against
     * utilisation <= 1" before any succeeded.
     */
    static String check(Counts c, String check) {
        if (c.checkFailed() > 0) {
            return String.format(Locale.ROOT, "%,d case%s %s %s", c.checkFailed(), c.checkFailed() == 1 ? "" : "s",
                    c.checkFailed() == 1 ? "fails" : "fail", check);
        }
        if (c.succeeded() == 0) {
            return "no case checked yet against " + check;
        }
        return c.succeeded() == 1 ? "the succeeded case passes " + check
                : String.format(Locale.ROOT, "all %,d succeeded cases pass %s", c.succeeded(), check);
    }

    static String displayName(BatchView batch) {
        String given = batch.spec().name();
        if (given != null && !given.isBlank()) {
            return given;
        }
        return BatchRow.fileName(batch.spec().worksheet()) + " #" + batch.id();
    }

    private static String times(BatchView batch) {
        if (batch.finished() != null) {
            return "finished " + TIME.format(batch.finished());
        }
        if (batch.started() != null) {
            return "started " + TIME.format(batch.started());
        }
        return batch.created() == null ? "" : "submitted " + TIME.format(batch.created());
    }

    /** "18 succeeded · 2 failed · 1 running · 4 pending", leaving out the states no case is in. */
    static String counts(Counts c) {
        List<String> parts = new ArrayList<>();
        add(parts, c.succeeded(), "succeeded");
        add(parts, c.failed(), "failed");
        add(parts, c.running(), "running");
        add(parts, c.pending(), "pending");
        add(parts, c.cancelled(), "cancelled");
        add(parts, c.skipped(), "skipped");
        return parts.isEmpty() ? "no cases" : String.join(" · ", parts);
    }

    private static void add(List<String> parts, int count, String word) {
        if (count > 0) {
            parts.add(String.format(Locale.ROOT, "%,d %s", count, word));
        }
    }

    private static JLabel label(String componentName) {
        JLabel label = new JLabel(" ");
        label.setName(componentName);
        return label;
    }
}
