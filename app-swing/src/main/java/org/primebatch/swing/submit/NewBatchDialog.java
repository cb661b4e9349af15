package org.primebatch.swing.submit;

import java.awt.Dimension;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.event.TableModelEvent;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.BatchPreview;
import org.primebatch.api.BatchView;
import org.primebatch.api.CaseInput;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonUnavailableException;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Requests;

/**
 * The "New batch" dialog: choose a worksheet, fill the cases grid (type, paste from Excel, import, generate), set
 * the output options, Validate (a dry run of {@code batch.submit}) and Submit. Problems the daemon finds are shown on
 * the cells they concern and listed under the grid; a refused submission keeps everything as the user left it. Every
 * request and file read runs off the event dispatch thread.
 */
public final class NewBatchDialog extends JDialog {
    private static final int PREVIEW_CASES = 5;

    private final BatchRequests batches;
    private final Consumer<BatchView> onSubmitted;
    private final Path settingsFolder;
    private final ChooserFolders folders;
    private final WorksheetSection worksheet;
    private final CasesSection cases;
    private final OutputSection output;
    private final JTextArea summary = new JTextArea(4, 40);
    private final JPanel daemonOffer = new JPanel(new MigLayout("insets 0, fillx", "[grow,fill][]"));
    private final JTextArea daemonMessage = Wrapping.text("daemonMessage");
    private final JLabel status = new JLabel(" ");
    private final Action validate = new AbstractAction("Validate") {
        @Override
        public void actionPerformed(ActionEvent e) {
            send(true);
        }
    };
    private final Action submit = new AbstractAction("Submit") {
        @Override
        public void actionPerformed(ActionEvent e) {
            send(false);
        }
    };
    private boolean busy;
    private boolean namesFromDaemon;
    private boolean submittedOnce;
    /** Cases of a duplicated batch, put into the grid once its worksheet is read. */
    private BatchCopy pending;

    /**
     * How the dialog is set up beyond its batch.
     *
     * @param settingsFolder where it remembers the worksheet and options between openings (the client's folder), or
     *                       null to start from the defaults and remember nothing
     * @param startDaemon    the action that starts a daemon for this user, offered when none answers; null for none
     */
    public record Options(Path settingsFolder, Action startDaemon) {
        public static final Options NONE = new Options(null, null);
    }

    /** Builds the dialog; on the event dispatch thread. {@code onSubmitted} is told of the queued batch on it too. */
    public NewBatchDialog(Window owner, Requests requests, Consumer<BatchView> onSubmitted) {
        this(owner, requests, onSubmitted, Options.NONE);
    }

    /**
     * Builds the dialog filled as it was last left (the worksheet is read again); on the event dispatch thread.
     * {@code onSubmitted} is told of the queued batch on it too.
     */
    public NewBatchDialog(Window owner, Requests requests, Consumer<BatchView> onSubmitted, Options options) {
        super(owner, "New batch", ModalityType.MODELESS);
        Edt.require();
        this.batches = new BatchRequests(requests);
        this.onSubmitted = onSubmitted;
        this.settingsFolder = options.settingsFolder();
        NewBatchSettings remembered = settingsFolder == null ? NewBatchSettings.DEFAULTS : NewBatchSettings.load(settingsFolder);
        WorksheetSection[] sheet = new WorksheetSection[1];
        this.folders = new ChooserFolders(() -> sheet[0] == null ? "" : sheet[0].pathText(), remembered.lastFolder());
        this.worksheet = new WorksheetSection(requests, this::worksheetLoaded, this::offerDaemon, folders);
        sheet[0] = worksheet;
        this.cases = new CasesSection(new CasesGridModel(), folders);
        this.output = new OutputSection(this::optionsChanged, this::checkChanged, folders);
        setName("newBatch");
        setDefaultCloseOperation(DO_NOTHING_ON_CLOSE);
        addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                close();
            }

            @Override
            public void windowClosed(WindowEvent e) {
                remember();
            }
        });

        summary.setName("summary");
        summary.setEditable(false);
        summary.setLineWrap(true);
        summary.setWrapStyleWord(true);
        summary.setOpaque(false);
        summary.setText("Validate checks the batch with the daemon without queueing it.");
        status.setName("status");
        validate.putValue(Action.SHORT_DESCRIPTION, "Checks the batch with the daemon (a dry run): nothing is queued");
        submit.putValue(Action.SHORT_DESCRIPTION, "Queues the batch");
        JButton validateButton = new JButton(validate);
        validateButton.setName("validate");
        JButton submitButton = new JButton(submit);
        submitButton.setName("submit");
        JButton close = new JButton(new AbstractAction("Close") {
            @Override
            public void actionPerformed(ActionEvent e) {
                close();
            }
        });
        close.setName("close");

        JPanel left = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        left.add(titled(worksheet.panel(), "Worksheet"));
        left.add(titled(output.panel(), "Output"));
        JPanel right = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[grow,fill][]"));
        right.add(titled(cases.panel(), "Cases"));
        right.add(titled(summary, "Check"));
        JPanel content = new JPanel(new MigLayout("insets dialog, fill", "[430!,fill]unrel[grow,fill]", "[grow,fill][]"));
        content.add(left, "grow");
        content.add(right, "grow, wrap");
        daemonOffer.setName("daemonOffer");
        daemonMessage.setForeground(Colors.ERROR);
        daemonOffer.add(daemonMessage, "growx, wmin 0");
        if (options.startDaemon() != null) {
            JButton start = new JButton(options.startDaemon());
            start.setName("startDaemon");
            daemonOffer.add(start, "top");
        }
        daemonOffer.setVisible(false);
        content.add(daemonOffer, "span, growx, wmin 0, hidemode 3, wrap");
        content.add(status, "span, split 4, growx, wmin 0");
        content.add(validateButton, "tag other");
        content.add(submitButton, "tag ok");
        content.add(close, "tag cancel");
        setContentPane(content);
        getRootPane().setDefaultButton(null);
        getRootPane().registerKeyboardAction(e -> close(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);

        cases.model().addTableModelListener(this::casesChanged);
        cases.model().unitsModel().addTableModelListener(e -> optionsChanged());
        updateCommands();
        optionsChanged();
        setPreferredSize(new Dimension(1280, 820));
        pack();
        setLocationRelativeTo(owner);
        fill(remembered);
    }

    /** Builds the dialog and reads {@code worksheet} into it. */
    public NewBatchDialog(Window owner, Requests requests, Consumer<BatchView> onSubmitted, Path worksheet) {
        this(owner, requests, onSubmitted, worksheet, Options.NONE);
    }

    /** Builds the dialog as {@link #NewBatchDialog(Window, Requests, Consumer, Options)} does, then reads {@code worksheet}. */
    public NewBatchDialog(Window owner, Requests requests, Consumer<BatchView> onSubmitted, Path worksheet, Options options) {
        this(owner, requests, onSubmitted, options);
        if (worksheet != null) {
            this.worksheet.load(worksheet);
        }
    }

    /**
     * Fills the dialog with a batch the daemon ran, to edit and run again: its worksheet, options and, once the
     * worksheet is read, its cases in place of the grid's.
     */
    public void duplicate(BatchCopy copy) {
        Edt.require();
        pending = copy;
        fill(copy.settings().withLastFolder(folders.last()));
        showStatus("Cases and settings of “" + copy.name() + "”: change what you need and submit", false);
    }

    /** A daemon answers again: the offer to start one goes, and a worksheet that could not be read is read now. */
    public void daemonConnected() {
        Edt.require();
        daemonOffer.setVisible(false);
        worksheet.daemonConnected();
    }

    /** Closes the dialog, asking first when the grid holds cases that would be lost. */
    public void close() {
        Edt.require();
        cases.table().commitEdits();
        Optional<String> question = submittedOnce ? Optional.empty() : DiscardQuestion.of(cases.caseCount());
        if (question.isPresent()) {
            Object[] options = {DiscardQuestion.DISCARD, DiscardQuestion.KEEP};
            int answer = JOptionPane.showOptionDialog(this, question.get(), "Discard the cases?", JOptionPane.YES_NO_OPTION,
                    JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
            if (answer != 0) {
                return;
            }
        }
        dispose();
    }

    /** The dialog's worksheet and options as they are now, as it remembers them. */
    public NewBatchSettings settings() {
        return output.settings(worksheet.pathText()).withLastFolder(folders.last()).withDesignate(worksheet.designate());
    }

    private void fill(NewBatchSettings settings) {
        output.apply(settings);
        folders.setLast(settings.lastFolder());
        worksheet.setDesignate(settings.designate());
        if (settings.worksheet() != null) {
            worksheet.load(Path.of(settings.worksheet()));
        }
    }

    private void remember() {
        if (settingsFolder != null) {
            settings().save(settingsFolder);
        }
    }

    private void offerDaemon(String why) {
        daemonMessage.setText("No daemon answers (" + why + "). Start one to read the worksheet and check or queue the batch;"
                + " everything entered here is kept.");
        daemonOffer.setVisible(true);
        getContentPane().revalidate();
    }

    /** Shows the dialog (it does not block). */
    public void open() {
        Edt.require();
        setVisible(true);
        toFront();
    }

    /** Reads another worksheet, as choosing it with Browse… does. */
    public void chooseWorksheet(Path file) {
        worksheet.load(file);
    }

    private void worksheetLoaded(LoadedWorksheet loaded) {
        cases.setInputs(loaded == null ? null : loaded.info().inputs().stream().map(InputColumn::of).toList());
        if (loaded != null && pending != null) {
            BatchCopy copy = pending;
            pending = null;
            cases.putCopy(copy);
        }
        updateCommands();
        optionsChanged();
    }

    private void casesChanged(TableModelEvent event) {
        optionsChanged();
    }

    /** Something the dry run looked at changed: its answer is no longer the last word, the local preview is. */
    private void optionsChanged() {
        namesFromDaemon = false;
        showLocalNames();
    }

    private void showLocalNames() {
        LoadedWorksheet loaded = worksheet.loaded();
        if (loaded == null) {
            output.showNames(List.of(), false);
            return;
        }
        List<CaseInput> first = cases.model().caseRows(PREVIEW_CASES).cases();
        try {
            output.showNames(NamePreview.of(output.nameTemplate(), loaded.baseName(), first, output.fileExports(), PREVIEW_CASES)
                    .stream().map(names -> String.join("   ", names.names())).toList(), false);
        } catch (IllegalArgumentException e) {
            output.showNameProblem(e.getMessage());
        }
    }

    private void send(boolean dryRun) {
        LoadedWorksheet loaded = worksheet.loaded();
        if (busy || loaded == null) {
            return;
        }
        cases.table().commitEdits();
        CaseRows rows = cases.model().caseRows();
        if (rows.cases().isEmpty()) {
            showStatus("Add at least one case: type it in the grid, paste it, import it or generate it", true);
            return;
        }
        setBusy(true);
        showStatus(dryRun ? "Validating " + count(rows.cases().size()) + "…" : "Submitting " + count(rows.cases().size()) + "…", false);
        batches.submit(output.spec(loaded.path().toString()).withDesignate(loaded.designate()), rows.cases(), dryRun).whenCompleteAsync((answer, error) -> {
            setBusy(false);
            if (error != null) {
                refused(Failures.unwrap(error), rows, dryRun);
            } else if (dryRun) {
                validated(Json.convert(answer, BatchPreview.class));
            } else {
                submitted(Json.convert(answer, BatchView.class));
            }
        }, Edt.EXECUTOR);
    }

    private void validated(BatchPreview preview) {
        cases.model().setProblems(java.util.Map.of());
        cases.showProblems(List.of());
        List<String> lines = new ArrayList<>();
        lines.add("The daemon would queue " + count(preview.cases()) + " on the " + preview.spec().engine() + " engine.");
        lines.add("Output folder: " + preview.spec().outDir());
        lines.add("Batch name: " + preview.spec().name());
        summary.setForeground(null);
        summary.setText(String.join("\n", lines));
        List<String> names = new ArrayList<>();
        for (BatchPreview.PreviewCase first : preview.first()) {
            names.add(first.artifacts().isEmpty() ? first.name() + " (no files)" : String.join("   ", first.artifacts()));
        }
        output.showNames(names, true);
        namesFromDaemon = true;
        showStatus("Valid: " + count(preview.cases()) + " ready to submit", false);
    }

    private void submitted(BatchView view) {
        showStatus("Queued as batch " + view.id(), false);
        submittedOnce = true;
        onSubmitted.accept(view);
        dispose();
    }

    /** Shows why the daemon refused; the grid and every field keep what the user entered. */
    private void refused(Throwable error, CaseRows sent, boolean dryRun) {
        String what = dryRun ? "Validation" : "Submission";
        if (error instanceof RpcException rpc) {
            CellProblems problems = CellProblems.of(rpc, sent, cases.model());
            cases.model().setProblems(problems.cells());
            cases.showProblems(problems.general());
            summary.setForeground(Colors.ERROR);
            summary.setText(problems.listed().size() == 1 ? problems.listed().get(0)
                    : problems.listed().size() + " problems; they are marked on the cells and listed under the grid.");
            showStatus(what + " failed: " + (problems.cells().isEmpty() ? rpc.getMessage()
                    : problems.cells().size() + (problems.cells().size() == 1 ? " cell needs" : " cells need") + " correcting"), true);
        } else if (error instanceof DaemonUnavailableException) {
            showStatus(what + " failed: no daemon answers; your entries are kept", true);
            offerDaemon(error.getMessage());
        } else {
            showStatus(what + " failed: " + error.getMessage(), true);
        }
        if (!namesFromDaemon) {
            showLocalNames();
        }
    }

    /** The check can stop a submission before any name or case changes, so the commands follow it as typed. */
    void checkChanged() {
        updateCommands();
    }

    private void setBusy(boolean value) {
        busy = value;
        updateCommands();
    }

    private void updateCommands() {
        boolean ready = !busy && worksheet.loaded() != null && output.checkProblem().isEmpty();
        validate.setEnabled(ready);
        submit.setEnabled(ready);
    }

    private void showStatus(String text, boolean error) {
        status.setText(text);
        status.setToolTipText(text);
        status.setForeground(error ? Colors.ERROR : null);
    }

    private static String count(int cases) {
        return cases == 1 ? "1 case" : cases + " cases";
    }

    private static JComponent titled(JComponent component, String title) {
        JPanel box = new JPanel(new MigLayout("insets 4 6 6 6, fill", "[grow,fill]", "[grow,fill]"));
        box.setBorder(BorderFactory.createTitledBorder(title));
        box.add(component);
        return box;
    }
}
