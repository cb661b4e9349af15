package org.primebatch.swing.batch;

import java.awt.BorderLayout;
import java.awt.CardLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTabbedPane;
import javax.swing.JToolBar;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import org.primebatch.api.BatchView;
import org.primebatch.api.Event;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Requests;

/**
 * The right-hand side of the main window: one batch with its commands, header and the Cases, Chart and Events tabs.
 * The main window calls {@link #showBatch} with the selected batch and {@link #eventsArrived} with every run of events;
 * the panel follows the shown batch's events by fetching the batch and the changed visible cases again, at most
 * {@link #REFRESH_MILLIS} apart. Touched only on the event dispatch thread.
 */
public final class BatchPanel extends JPanel {
    static final int REFRESH_MILLIS = 250;
    private static final String NONE = "none";
    private static final String BATCH = "batch";

    private final Requests requests;
    private final StatusLine status = new StatusLine();
    private final BatchHeader header = new BatchHeader();
    private final CasesTableModel cases;
    private final CasesTab casesTab;
    private final ChartTab chartTab;
    private final EventsTab eventsTab;
    private final BatchActions actions;
    private final JTabbedPane tabs = new JTabbedPane();
    private final CardLayout cards = new CardLayout();
    private static final String SELECT = "Select a batch to see its cases";
    private final JLabel placeholder = new JLabel(SELECT, SwingConstants.CENTER);
    private final Timer refreshTimer;
    private BatchView batch;
    private final Set<Integer> changedCases = new TreeSet<>();
    private boolean allCasesChanged;

    public BatchPanel(Requests requests) {
        this(requests, CasePageSource.of(requests), FileOpener.DESKTOP);
    }

    BatchPanel(Requests requests, CasePageSource pages, FileOpener opener) {
        this.requests = requests;
        setLayout(cards);
        setName("batchPanel");
        cases = new CasesTableModel(pages, CasesTableModel.PAGE_SIZE,
                error -> status.error("Cannot load cases: " + Failures.message(error)));
        casesTab = new CasesTab(cases, opener);
        chartTab = new ChartTab(pages, status);
        eventsTab = new EventsTab(requests, pages, status);
        actions = new BatchActions(requests, this, status, this::batchUpdated, opener);
        refreshTimer = new Timer(REFRESH_MILLIS, event -> refresh());
        refreshTimer.setRepeats(false);

        placeholder.setName("batchPlaceholder");
        placeholder.setEnabled(false);
        add(placeholder, NONE);

        tabs.setName("batchTabs");
        tabs.addTab("Cases", casesTab);
        tabs.addTab("Chart", chartTab);
        tabs.addTab("Events", eventsTab);
        tabs.setMnemonicAt(0, 'a');
        tabs.setMnemonicAt(1, 'h');
        tabs.setMnemonicAt(2, 'v');
        tabs.addChangeListener(event -> chartTab.refreshIfShowing());
        chartTab.onCaseChosen(seq -> {
            tabs.setSelectedComponent(casesTab);
            casesTab.selectCase(seq);
        });

        JPanel top = new JPanel(new BorderLayout());
        top.add(toolbar(), BorderLayout.NORTH);
        top.add(header, BorderLayout.CENTER);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.NORTH);
        content.add(tabs, BorderLayout.CENTER);
        content.add(status, BorderLayout.SOUTH);
        add(content, BATCH);
        cards.show(this, NONE);
    }

    /** The commands on the shown batch, for the main window's Batch menu. */
    public BatchActions actions() {
        return actions;
    }

    /** The batch shown, or null. */
    public BatchView batch() {
        return batch;
    }

    /**
     * Shows {@code view}, or a placeholder when null. Showing the batch already shown takes its newer state and
     * counts without loading its cases again.
     */
    public void showBatch(BatchView view) {
        Edt.require();
        boolean other = view == null || batch == null || view.id() != batch.id();
        if (other) {
            changedCases.clear();
            allCasesChanged = false;
            status.clear();
            if (view != null) {
                casesTab.resetFilter();
            }
            eventsTab.show(view);
        }
        batch = view;
        actions.show(view);
        cases.show(view);
        chartTab.show(view);
        if (view == null) {
            placeholder.setText(SELECT);
            cards.show(this, NONE);
            return;
        }
        header.show(view);
        cards.show(this, BATCH);
        chartTab.refreshIfShowing();
    }

    /**
     * A run of events of any batch, as the connection delivers them; those of the shown batch refresh it, coalesced to
     * one refresh every {@link #REFRESH_MILLIS}.
     */
    public void eventsArrived(List<Event> events) {
        Edt.require();
        List<Event> shown = new ArrayList<>();
        for (Event event : events) {
            if (batch != null && event.batch() == batch.id()) {
                shown.add(event);
            }
        }
        if (shown.isEmpty()) {
            return;
        }
        eventsTab.append(shown);
        for (Event event : shown) {
            switch (event.type()) {
                case Event.BATCH_DELETED -> {
                    String name = BatchHeader.displayName(batch);
                    showBatch(null);
                    placeholder.setText("“" + name + "” was deleted. " + SELECT + ".");
                    return;
                }
                case Event.BATCH_RETRIED, Event.BATCH_CANCELLED -> allCasesChanged = true;
                default -> {
                    if (event.item() != null) {
                        changedCases.add(event.item());
                    }
                }
            }
        }
        if (!refreshTimer.isRunning()) {
            refreshTimer.start();
        }
    }

    private void refresh() {
        if (batch == null) {
            return;
        }
        if (allCasesChanged) {
            cases.allChanged();
        } else if (!changedCases.isEmpty()) {
            cases.casesChanged(changedCases);
        }
        if (allCasesChanged || !changedCases.isEmpty()) {
            chartTab.casesChanged();
        }
        allCasesChanged = false;
        changedCases.clear();
        chartTab.refreshIfShowing();
    }

    private void batchUpdated(BatchView view) {
        if (batch != null && view.id() == batch.id()) {
            showBatch(view);
        }
    }

    private JToolBar toolbar() {
        JToolBar toolbar = new JToolBar();
        toolbar.setName("batchToolbar");
        toolbar.setFloatable(false);
        // more commands than fit beside the batches list at the main window's first size: they go on in a second row
        toolbar.setLayout(new WrappingFlowLayout());
        for (Action action : actions.all()) {
            JButton button = toolbar.add(action);
            button.setName(action.getValue(Action.ACTION_COMMAND_KEY) + "Button");
            button.setHideActionText(false);
        }
        return toolbar;
    }

    /** The cases table's settings (significant figures, hidden columns), for the client to remember. */
    public GridSettings gridSettings() {
        return casesTab.settings();
    }

    CasesTableModel casesModel() {
        return cases;
    }

    ChartTab chartTab() {
        return chartTab;
    }
}
