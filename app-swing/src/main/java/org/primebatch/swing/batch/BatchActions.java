package org.primebatch.swing.batch;

import java.awt.Component;
import java.awt.Toolkit;
import java.awt.event.ActionEvent;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.Counts;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Requests;

/**
 * The commands on the shown batch, as actions the panel's toolbar and the main window's Batch menu share. Each is
 * enabled only when the daemon would accept it for the batch's state, and disabled while its request runs; Cancel and
 * Delete ask first. Requests run off the event dispatch thread; a refusal is shown in a message and the status line.
 */
public final class BatchActions {
    private static final int MENU = Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

    private final Requests requests;
    private final Component parent;
    private final StatusLine status;
    private final Consumer<BatchView> changed;
    private final FileOpener opener;
    private final BatchAction pause;
    private final BatchAction resume;
    private final BatchAction cancel;
    private final BatchAction retryFailed;
    private final BatchAction delete;
    private final BatchAction exportResults;
    private final BatchAction openOutputFolder;
    private final BatchAction duplicate;
    private final List<BatchAction> all;
    private BatchView batch;
    private Consumer<BatchView> duplicator;

    /**
     * Actions whose answers that carry a new view of the batch go to {@code changed}; the others show through the
     * events their change causes.
     */
    BatchActions(Requests requests, Component parent, StatusLine status, Consumer<BatchView> changed, FileOpener opener) {
        this.requests = requests;
        this.parent = parent;
        this.status = status;
        this.changed = changed;
        this.opener = opener;
        pause = new BatchAction("pause", "Pause", KeyEvent.VK_P, "Stop starting new cases of this batch; running ones finish",
                KeyStroke.getKeyStroke(KeyEvent.VK_P, MENU | InputEvent.SHIFT_DOWN_MASK),
                view -> view.state() == BatchState.QUEUED || view.state() == BatchState.RUNNING, this::pause);
        resume = new BatchAction("resume", "Resume", KeyEvent.VK_S, "Start this batch's cases again",
                KeyStroke.getKeyStroke(KeyEvent.VK_R, MENU | InputEvent.SHIFT_DOWN_MASK),
                view -> view.state() == BatchState.PAUSED, this::resume);
        cancel = new BatchAction("cancel", "Cancel batch…", KeyEvent.VK_C,
                "Cancel the pending cases now and the running ones within seconds", null,
                view -> !view.state().isFinal(), this::cancel);
        retryFailed = new BatchAction("retryFailed", "Retry failed", KeyEvent.VK_R, "Queue the failed and cancelled cases again",
                KeyStroke.getKeyStroke(KeyEvent.VK_R, MENU),
                view -> counts(view).failed() + counts(view).cancelled() > 0, this::retryFailed);
        delete = new BatchAction("delete", "Delete batch…", KeyEvent.VK_D,
                "Remove the batch and its cases from the queue (the output files stay)", null,
                view -> counts(view).allFinal(), this::delete);
        exportResults = new BatchAction("exportResults", "Export results…", KeyEvent.VK_E,
                "Write the cases' inputs, outputs and states to a CSV, Excel or JSON file",
                KeyStroke.getKeyStroke(KeyEvent.VK_E, MENU), view -> true, this::exportResults);
        openOutputFolder = new BatchAction("openOutputFolder", "Open output folder", KeyEvent.VK_O, "Open the folder the batch writes to",
                KeyStroke.getKeyStroke(KeyEvent.VK_O, MENU | InputEvent.SHIFT_DOWN_MASK),
                view -> view.spec().outDir() != null, this::openOutputFolder);
        duplicate = new BatchAction("duplicate", "Duplicate batch…", KeyEvent.VK_U,
                "Open this batch's settings and cases in a new batch, to change them and run it again", null,
                view -> view.state().isFinal() && duplicator != null, view -> duplicator.accept(view));
        all = List.of(pause, resume, cancel, retryFailed, delete, exportResults, openOutputFolder, duplicate);
        show(null);
    }

    public Action pause() {
        return pause;
    }

    public Action resume() {
        return resume;
    }

    public Action cancel() {
        return cancel;
    }

    public Action retryFailed() {
        return retryFailed;
    }

    public Action delete() {
        return delete;
    }

    public Action exportResults() {
        return exportResults;
    }

    public Action openOutputFolder() {
        return openOutputFolder;
    }

    public Action duplicate() {
        return duplicate;
    }

    /** Who opens a finished batch in a new batch for Duplicate batch…; until one is set the action stays disabled. */
    public void onDuplicate(Consumer<BatchView> opener) {
        Edt.require();
        duplicator = opener;
        duplicate.update();
    }

    /** Every action, in menu order. */
    public List<Action> all() {
        return List.copyOf(all);
    }

    /** Acts on {@code view} from now on (null: none, every action disabled). */
    void show(BatchView view) {
        Edt.require();
        if (batch == null || view == null || batch.id() != view.id()) {
            all.forEach(action -> action.busy = false);
        }
        batch = view;
        all.forEach(BatchAction::update);
    }

    private void pause(BatchView view) {
        request(pause, view, Protocol.BATCH_PAUSE, "Paused", true);
    }

    private void resume(BatchView view) {
        request(resume, view, Protocol.BATCH_RESUME, "Resumed", true);
    }

    private void cancel(BatchView view) {
        if (confirm("Cancel batch “" + BatchHeader.displayName(view) + "”?",
                "Its pending cases are cancelled now and its running cases within seconds.\n"
                        + "Retry failed can queue them again later.", "Cancel batch", "Keep running")) {
            request(cancel, view, Protocol.BATCH_CANCEL, "Cancelled", false);
        }
    }

    private void retryFailed(BatchView view) {
        request(retryFailed, view, Protocol.BATCH_RETRY, "Queued again the failed and cancelled cases of", false);
    }

    private void delete(BatchView view) {
        if (confirm("Delete batch “" + BatchHeader.displayName(view) + "”?",
                "The batch and its " + counts(view).total() + " cases leave the queue for good.\n"
                        + "Files in its output folder are kept.", "Delete batch", "Keep it")) {
            request(delete, view, Protocol.BATCH_DELETE, "Deleted", false);
        }
    }

    private void exportResults(BatchView view) {
        ResultsExport.choose(parent, view).ifPresent(choice -> {
            exportResults.busy(true);
            status.info("Writing " + choice.file() + "…");
            Edt.onAnswer(ResultsExport.write(requests, view, choice), (path, error) -> {
                exportResults.busy(false);
                if (error != null) {
                    fail("Export failed", error);
                } else {
                    status.info("Results written to " + path);
                }
            });
        });
    }

    private void openOutputFolder(BatchView view) {
        opener.open(parent, Path.of(view.spec().outDir()));
    }

    private void request(BatchAction action, BatchView view, String method, String done, boolean answersBatch) {
        action.busy(true);
        CompletableFuture<BatchView> answer = answersBatch
                ? requests.call(method, Json.object().put("batch", view.id()), BatchView.class)
                : requests.call(method, Json.object().put("batch", view.id()), Object.class).thenApply(any -> null);
        Edt.onAnswer(answer, (updated, error) -> {
            action.busy(false);
            if (error != null) {
                String finished = action == cancel ? alreadyFinished(view, error) : null;
                if (finished != null) {
                    status.info(finished);
                } else {
                    fail(action.getValue(Action.NAME).toString().replace("…", "") + " failed", error);
                }
                return;
            }
            status.info(done + " “" + BatchHeader.displayName(view) + "”");
            if (updated != null) {
                changed.accept(updated);
            }
        });
    }

    // The batch can end while the confirmation is open; the daemon then refuses, which is no failure to the user.
    private static String alreadyFinished(BatchView view, Throwable error) {
        if (!(Failures.unwrap(error) instanceof RpcException rpc) || rpc.code() != ErrorCode.INVALID_STATE) {
            return null;
        }
        Matcher state = ALREADY.matcher(String.valueOf(rpc.getMessage()));
        return "Batch " + view.id() + " had already finished" + (state.find() ? " (" + state.group(1) + ")" : "")
                + "; nothing to cancel";
    }

    private static final Pattern ALREADY = Pattern.compile("is already (\\w+)");

    private void fail(String title, Throwable error) {
        String message = Failures.message(error);
        status.error(title + ": " + message);
        JOptionPane.showMessageDialog(parent, message, title, JOptionPane.ERROR_MESSAGE);
    }

    private boolean confirm(String question, String detail, String yes, String no) {
        Object[] options = {yes, no};
        int answer = JOptionPane.showOptionDialog(parent, question + "\n" + detail, yes, JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE, null, options, no);
        return answer == 0;
    }

    private static Counts counts(BatchView view) {
        return view.counts() == null ? Counts.NONE : view.counts();
    }

    /** One command, its action command a stable word naming it; enabled when a batch is shown, its state allows it and no request of it is running. */
    private final class BatchAction extends AbstractAction {
        private final Predicate<BatchView> allowed;
        private final Consumer<BatchView> perform;
        private boolean busy;

        BatchAction(String command, String name, int mnemonic, String description, KeyStroke accelerator, Predicate<BatchView> allowed,
                    Consumer<BatchView> perform) {
            super(name);
            this.allowed = allowed;
            this.perform = perform;
            putValue(MNEMONIC_KEY, mnemonic);
            putValue(SHORT_DESCRIPTION, description);
            putValue(ACCELERATOR_KEY, accelerator);
            putValue(ACTION_COMMAND_KEY, command);
        }

        void busy(boolean running) {
            busy = running;
            update();
        }

        void update() {
            setEnabled(batch != null && !busy && allowed.test(batch));
        }

        @Override
        public void actionPerformed(ActionEvent event) {
            if (batch != null && isEnabled()) {
                perform.accept(batch);
            }
        }
    }
}
