package org.primebatch.swing.submit;

import java.awt.event.ActionEvent;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JProgressBar;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.DefinedName;
import org.primebatch.api.DesignationNames;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Protocol;
import org.primebatch.api.RpcException;
import org.primebatch.api.WorksheetCheck;
import org.primebatch.api.WorksheetInfo;
import org.primebatch.api.Json;
import org.primebatch.client.DaemonUnavailableException;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;
import org.primebatch.swing.model.Requests;

/**
 * Choosing the worksheet: its path (typed, or found with Browse…), the definitions to designate by variable name
 * beside those it designates itself, then what the daemon reads in it — the designated inputs and outputs, every
 * variable a name may designate — and whether the native engine takes it. Both requests run off the event dispatch
 * thread; an answer for a worksheet or names chosen before the current ones is dropped.
 */
final class WorksheetSection {
    private final Requests requests;
    private final Consumer<LoadedWorksheet> onLoaded;
    private final Consumer<String> onNoDaemon;
    private final ChooserFolders folders;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 2", "[grow,fill][]"));
    private final JTextField path = new JTextField();
    private final JTextField inputNames = new JTextField();
    private final JTextField outputNames = new JTextField();
    private final JTextArea variables = Wrapping.text("variableNames");
    private final JProgressBar busy = new JProgressBar();
    private final JTextArea message = Wrapping.text("worksheetMessage");
    private final DesignationsTableModel designations = new DesignationsTableModel();
    private final JLabel verdict = new JLabel(" ");
    private static final int SHOWN_VARIABLES = 12;
    private final Action browse = new AbstractAction("Browse…") {
        @Override
        public void actionPerformed(ActionEvent e) {
            browse();
        }
    };
    private int generation;
    private LoadedWorksheet loaded;
    /** The names the worksheet was last asked for with. */
    private DesignationNames askedNames = DesignationNames.NONE;
    /** The worksheet last asked for, read or not; null before the first. */
    private Path asked;
    private boolean failedForNoDaemon;

    /** {@code onNoDaemon} is told why when the worksheet cannot be read because no daemon answers. */
    WorksheetSection(Requests requests, Consumer<LoadedWorksheet> onLoaded, Consumer<String> onNoDaemon, ChooserFolders folders) {
        this.requests = requests;
        this.onLoaded = onLoaded;
        this.onNoDaemon = onNoDaemon;
        this.folders = folders;
        path.setName("worksheetPath");
        path.setToolTipText("The .mcdx worksheet to run; it is read when you press Enter or leave the field");
        path.addActionListener(e -> readField());
        path.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                readField();
            }
        });
        nameField(inputNames, "designateInputs", "Definitions to vary as inputs, by variable name, comma-separated (a subscript as W_P);"
                + " the worksheet file is not changed");
        nameField(outputNames, "designateOutputs", "Evaluations (NAME =) to read as outputs, by variable name, comma-separated;"
                + " with none, each case gives its report (export PDF or MCDX)");
        JButton browseButton = new JButton(browse);
        browseButton.setName("browseWorksheet");
        busy.setName("worksheetBusy");
        busy.setIndeterminate(true);
        busy.setVisible(false);
        verdict.setName("worksheetVerdict");
        JTable table = new JTable(designations);
        table.setName("designations");
        table.setFillsViewportHeight(true);
        table.setFocusable(false);
        table.setRowSelectionAllowed(false);
        table.getColumnModel().getColumn(0).setPreferredWidth(50);
        table.getColumnModel().getColumn(1).setPreferredWidth(80);
        table.getColumnModel().getColumn(2).setPreferredWidth(40);
        table.getColumnModel().getColumn(3).setPreferredWidth(120);
        table.getColumnModel().getColumn(4).setPreferredWidth(60);
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new java.awt.Dimension(380, 32 + 9 * table.getRowHeight()));
        panel.add(path, "growx");
        panel.add(browseButton);
        JPanel names = new JPanel(new MigLayout("insets 0, fillx, wrap 2", "[][grow,fill]"));
        names.add(new JLabel("Inputs by name"));
        names.add(inputNames, "growx");
        names.add(new JLabel("Outputs by name"));
        names.add(outputNames, "growx");
        names.add(variables, "span 2, growx, wmin 0");
        panel.add(names, "span 2, growx");
        panel.add(busy, "span 2, growx, hidemode 3");
        panel.add(message, "span 2, growx, wmin 0");
        panel.add(scroll, "span 2, grow, push, hmin 80");
        panel.add(verdict, "span 2, growx, wmin 0");
    }

    JPanel panel() {
        return panel;
    }

    /** The worksheet last read, or null. */
    LoadedWorksheet loaded() {
        return loaded;
    }

    /** The worksheet's path as its field holds it. */
    String pathText() {
        return path.getText().strip();
    }

    /** The names typed in the fields: definitions designated by name. */
    DesignationNames designate() {
        return DesignationNames.of(words(inputNames.getText()), words(outputNames.getText()));
    }

    /** Puts {@code names} in the fields; the next reading of the worksheet designates them. */
    void setDesignate(DesignationNames names) {
        inputNames.setText(String.join(", ", names.inputs()));
        outputNames.setText(String.join(", ", names.outputs()));
    }

    private void nameField(JTextField field, String name, String tip) {
        field.setName(name);
        field.setToolTipText(tip);
        field.addActionListener(e -> readNames());
        field.addFocusListener(new FocusAdapter() {
            @Override
            public void focusLost(FocusEvent e) {
                readNames();
            }
        });
    }

    /** Reads the worksheet again when the names changed since it was last read. */
    private void readNames() {
        if (asked != null && !designate().equals(askedNames)) {
            load(asked);
        }
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[,;\\s]+")).filter(word -> !word.isBlank()).toList();
    }

    /** Reads the worksheet the field names, unless it is the one last asked for; names typed for another go. */
    private void readField() {
        String text = pathText();
        if (text.isEmpty()) {
            return;
        }
        try {
            Path file = Path.of(text).toAbsolutePath().normalize();
            if (!file.equals(asked)) {
                if (asked != null) {
                    setDesignate(DesignationNames.NONE);
                }
                load(file);
            }
        } catch (InvalidPathException e) {
            showError(new IllegalArgumentException("\"" + text + "\" is not a path"));
        }
    }

    /** Reads the worksheet again when the last try found no daemon; the daemon answers now. */
    void daemonConnected() {
        if (failedForNoDaemon && asked != null) {
            load(asked);
        }
    }

    /** Reads {@code file}: designations and the native engine's verdict. */
    void load(Path file) {
        Edt.require();
        if (file.toString().isBlank()) {
            return;
        }
        Path absolute = file.toAbsolutePath().normalize();
        path.setText(absolute.toString());
        this.asked = absolute;
        DesignationNames names = designate();
        askedNames = names;
        failedForNoDaemon = false;
        int asked = ++generation;
        loaded = null;
        designations.show(null);
        busy.setVisible(true);
        message.setText("Reading " + absolute.getFileName() + "…");
        message.setForeground(null);
        message.setToolTipText(null);
        verdict.setText(" ");
        verdict.setToolTipText(null);
        variables.setText(" ");
        onLoaded.accept(null);
        panel.revalidate();
        var params = Json.object().put("worksheet", absolute.toString());
        if (!names.isEmpty()) {
            params.set("designate", Json.tree(names));
        }
        requests.call(Protocol.WORKSHEET_INSPECT, params.deepCopy().put("all", true), WorksheetInfo.class).whenCompleteAsync((info, error) -> {
            if (asked != generation) {
                return;
            }
            busy.setVisible(false);
            panel.revalidate();
            if (error != null) {
                showError(Failures.unwrap(error));
                return;
            }
            loaded = new LoadedWorksheet(absolute, info, names);
            designations.show(info);
            message.setText(info.inputs().size() + " inputs, " + info.outputs().size() + " outputs designated"
                    + (info.inputs().isEmpty() ? " — name the inputs to vary above, or designate them in Mathcad" : "")
                    + (info.outputs().isEmpty() ? "; without outputs each case gives its report (export PDF or MCDX)" : ""));
            showVariables(info.definitions());
            onLoaded.accept(loaded);
        }, Edt.EXECUTOR);
        verdict.setText("Checking whether the native engine takes it…");
        verdict.setForeground(null);
        requests.call(Protocol.WORKSHEET_CHECK, params, WorksheetCheck.class).whenCompleteAsync((check, error) -> {
            if (asked == generation) {
                showVerdict(check, error == null ? null : Failures.unwrap(error));
            }
        }, Edt.EXECUTOR);
    }

    /** The variables a name may designate, as a hint under the fields. */
    private void showVariables(List<DefinedName> definitions) {
        if (definitions == null || definitions.isEmpty()) {
            variables.setText(" ");
            variables.setToolTipText(null);
            return;
        }
        List<String> names = definitions.stream().map(DefinedName::name).toList();
        String shown = String.join(", ", names.subList(0, Math.min(SHOWN_VARIABLES, names.size())))
                + (names.size() > SHOWN_VARIABLES ? ", … (" + names.size() + " in all)" : "");
        variables.setText("Variables: " + shown);
        variables.setToolTipText("<html>" + String.join(", ", names) + "</html>");
    }

    private void showError(Throwable error) {
        message.setForeground(Colors.ERROR);
        String text;
        if (error instanceof RpcException rpc && rpc.code() == ErrorCode.INVALID_PARAMS
                && rpc.getMessage().startsWith(Protocol.CANNOT_DESIGNATE)) {
            text = "C" + rpc.getMessage().substring(1);
        } else if (error instanceof RpcException rpc && (rpc.code() == ErrorCode.NOT_FOUND || rpc.code() == ErrorCode.INVALID_PARAMS)) {
            text = "Cannot read this worksheet: " + rpc.getMessage();
        } else if (error instanceof DaemonUnavailableException) {
            text = "No daemon answers, so the worksheet cannot be read yet; it is read as soon as one does.";
            failedForNoDaemon = true;
            onNoDaemon.accept(error.getMessage());
        } else {
            text = "Cannot read this worksheet: " + error.getMessage();
        }
        message.setText(text);
        message.setToolTipText(text);
        verdict.setText(" ");
    }

    private void showVerdict(WorksheetCheck check, Throwable error) {
        if (error instanceof DaemonUnavailableException) {
            verdict.setText(" ");
            verdict.setToolTipText(null);
        } else if (error != null) {
            verdict.setForeground(Colors.WARNING);
            verdict.setText("Native engine: cannot check (" + error.getMessage() + ")");
            verdict.setToolTipText(error.getMessage());
        } else if (check.runsNatively()) {
            verdict.setForeground(Colors.OK);
            verdict.setText("Native engine takes it: " + check.matched() + " stored results reproduced");
            verdict.setToolTipText(null);
        } else {
            String reasons = check.reasons().isEmpty() ? "its stored results were not reproduced" : String.join("; ", check.reasons());
            verdict.setForeground(Colors.WARNING);
            verdict.setText("Native engine does not take it: " + reasons);
            verdict.setToolTipText("<html>The native engine does not take this worksheet:<br>"
                    + String.join("<br>", check.reasons()) + "<br>Engine auto then uses Mathcad where it is installed.</html>");
        }
    }

    private void browse() {
        String current = pathText();
        JFileChooser chooser = folders.chooser("worksheetChooser", current);
        chooser.setFileFilter(new FileNameExtensionFilter("Mathcad Prime worksheets (*.mcdx)", "mcdx"));
        if (!current.isEmpty() && new File(current).isFile()) {
            chooser.setSelectedFile(new File(current));
        }
        int answer = chooser.showOpenDialog(panel);
        folders.used(chooser);
        if (answer == JFileChooser.APPROVE_OPTION) {
            load(chooser.getSelectedFile().toPath());
        }
    }
}
