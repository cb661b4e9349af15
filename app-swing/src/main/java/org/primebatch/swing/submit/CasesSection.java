package org.primebatch.swing.submit;

import java.awt.Toolkit;
import java.awt.Window;
import java.awt.datatransfer.DataFlavor;
import java.awt.datatransfer.UnsupportedFlavorException;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.swing.AbstractAction;
import javax.swing.Action;
import javax.swing.DefaultListModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.filechooser.FileNameExtensionFilter;
import net.miginfocom.swing.MigLayout;
import org.primebatch.cases.CaseFileException;
import org.primebatch.cases.CaseProblem;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.CaseTables;
import org.primebatch.swing.model.Failures;
import org.primebatch.swing.model.Edt;

/**
 * The cases of the new batch: the grid with its units row, commands to add and remove rows, paste from a
 * spreadsheet, import a case file and generate cases, and the list of problems the daemon found.
 */
final class CasesSection {
    private final CasesGridModel model;
    private final CasesTable table;
    private final ChooserFolders folders;
    private final JPanel panel = new JPanel(new MigLayout("insets 0, fill, wrap 1", "[grow,fill]", "[][grow,fill][][]"));
    private final JLabel status = new JLabel(" ");
    private final DefaultListModel<String> problems = new DefaultListModel<>();
    private final JScrollPane problemsScroll;
    /** Problems of no cell of the grid, listed after those on cells. */
    private List<String> generalProblems = List.of();

    final Action addRow = action("Add row", "Adds an empty case at the end", this::addRow);
    final Action removeRows = action("Remove rows", "Removes the selected cases", this::removeSelectedRows);
    final Action paste = action("Paste", "Pastes cells copied from Excel at the selected cell (Ctrl+V)", this::pasteFromClipboard);
    final Action importCases = action("Import…", "Reads cases from a CSV or Excel file; units in headers such as L [m]", this::chooseImport);
    final Action generate = action("Generate…", "Makes cases from values, lists and ranges of the inputs", this::openGenerator);

    CasesSection(CasesGridModel model, ChooserFolders folders) {
        this.model = model;
        this.table = new CasesTable(model);
        this.folders = folders;
        table.getActionMap().put("paste", paste);
        table.getInputMap(JComponent.WHEN_ANCESTOR_OF_FOCUSED_COMPONENT)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_V, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), "paste");
        table.getInputMap(JComponent.WHEN_FOCUSED)
                .put(KeyStroke.getKeyStroke(KeyEvent.VK_V, Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx()), "paste");
        JPanel buttons = new JPanel(new MigLayout("insets 0", "[][][]push[][]"));
        buttons.add(button(addRow, "addRow"));
        buttons.add(button(removeRows, "removeRows"));
        buttons.add(button(paste, "pasteCases"));
        buttons.add(button(importCases, "importCases"));
        buttons.add(button(generate, "generateCases"));
        JList<String> problemList = new JList<>(problems);
        problemList.setName("problemsList");
        problemList.setForeground(Colors.ERROR);
        problemList.setVisibleRowCount(4);
        problemsScroll = new JScrollPane(problemList);
        problemsScroll.setVisible(false);
        status.setName("casesStatus");
        panel.add(buttons);
        panel.add(new JScrollPane(table), "hmin 160");
        panel.add(status, "wmin 0");
        panel.add(problemsScroll, "hidemode 3, hmin 60");
        model.addTableModelListener(e -> {
            countCases();
            listProblems();
        });
        enableCommands(false);
    }

    JPanel panel() {
        return panel;
    }

    CasesGridModel model() {
        return model;
    }

    CasesTable table() {
        return table;
    }

    /** Takes the inputs of a newly read worksheet, or none (null) while there is no worksheet. */
    void setInputs(List<InputColumn> inputs) {
        model.setInputs(inputs == null ? List.of() : inputs);
        enableCommands(inputs != null);
        showProblems(List.of());
        if (inputs != null && model.getRowCount() == 0) {
            model.addRow();
        }
    }

    /**
     * Lists under the grid the problems on its cells, each until its cell is edited, then {@code general}, problems of
     * no cell; none hides the list.
     */
    void showProblems(List<String> general) {
        generalProblems = List.copyOf(general);
        listProblems();
    }

    private void listProblems() {
        List<String> lines = new ArrayList<>(model.problemLines());
        lines.addAll(generalProblems);
        if (lines.equals(java.util.Collections.list(problems.elements()))) {
            return;
        }
        problems.clear();
        lines.forEach(problems::addElement);
        problemsScroll.setVisible(!lines.isEmpty());
        panel.revalidate();
    }

    /** The cases the grid holds: rows with anything in them. */
    int caseCount() {
        int count = 0;
        for (int r = 0; r < model.getRowCount(); r++) {
            count += model.isBlankRow(r) ? 0 : 1;
        }
        return count;
    }

    void showStatus(String text, boolean error) {
        status.setText(text);
        status.setForeground(error ? Colors.ERROR : null);
    }

    private void enableCommands(boolean enabled) {
        for (Action action : List.of(addRow, removeRows, paste, importCases, generate)) {
            action.setEnabled(enabled);
        }
        table.setEnabled(enabled);
    }

    private void countCases() {
        int count = caseCount();
        showStatus(count == 1 ? "1 case" : count + " cases", false);
    }

    private void addRow() {
        table.commitEdits();
        int row = model.addRow();
        table.changeSelection(table.convertRowIndexToView(row), 0, false, false);
        table.requestFocusInWindow();
    }

    private void removeSelectedRows() {
        table.commitEdits();
        int[] selected = table.getSelectedRows();
        for (int i = 0; i < selected.length; i++) {
            selected[i] = table.convertRowIndexToModel(selected[i]);
        }
        model.removeRows(selected);
        showProblems(List.of());
    }

    private void pasteFromClipboard() {
        String text;
        try {
            text = (String) Toolkit.getDefaultToolkit().getSystemClipboard().getData(DataFlavor.stringFlavor);
        } catch (UnsupportedFlavorException | IOException | IllegalStateException e) {
            showStatus("The clipboard holds no text to paste", true);
            return;
        }
        pasteText(text);
    }

    /** Pastes tab-separated text at the selected cell, or after the last case when none is selected. */
    void pasteText(String text) {
        Edt.require();
        table.commitEdits();
        List<List<String>> cells = TabularText.parse(text);
        if (cells.isEmpty()) {
            showStatus("Nothing to paste: the clipboard text is empty", true);
            return;
        }
        int row = table.getSelectedRow();
        int column = table.getSelectedColumn();
        if (row < 0 || column < 0) {
            row = model.firstFreeRow();
            int width = cells.get(0).size();
            column = width == model.inputs().size() ? 1 : 0;
        } else {
            row = table.convertRowIndexToModel(row);
            column = table.convertColumnIndexToModel(column);
        }
        PasteResult result = model.paste(cells, row, column);
        String text2 = "Pasted " + result.rows() + (result.rows() == 1 ? " row" : " rows")
                + (result.header() ? " by their header" : "");
        if (!result.ignoredColumns().isEmpty()) {
            text2 += "; left out (not inputs of the worksheet): " + String.join(", ", result.ignoredColumns());
        }
        showStatus(text2, !result.ignoredColumns().isEmpty());
        if (result.rows() > 0) {
            int first = table.convertRowIndexToView(result.firstRow());
            table.scrollRectToVisible(table.getCellRect(first, 0, true));
        }
    }

    private void chooseImport() {
        JFileChooser chooser = folders.chooser("caseFileChooser", null);
        chooser.setFileFilter(new FileNameExtensionFilter("Case tables (*.csv, *.xlsx, *.xls)", "csv", "txt", "tsv", "xlsx", "xlsm", "xls"));
        int answer = chooser.showOpenDialog(panel);
        folders.used(chooser);
        if (answer == JFileChooser.APPROVE_OPTION) {
            importFile(chooser.getSelectedFile().toPath());
        }
    }

    /** Reads a case file off the event dispatch thread and puts its cases into the grid. */
    void importFile(Path file) {
        Edt.require();
        table.commitEdits();
        importCases.setEnabled(false);
        showStatus("Reading " + file.getFileName() + "…", false);
        CompletableFuture.supplyAsync(() -> {
            try {
                return CaseTables.read(file, null);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, Background.EXECUTOR).whenCompleteAsync((read, error) -> {
            importCases.setEnabled(true);
            if (error != null) {
                Throwable cause = Failures.unwrap(error);
                if (cause instanceof CaseFileException problem) {
                    showStatus(file.getFileName() + " is not a usable case table: " + problem.total()
                            + (problem.total() == 1 ? " problem" : " problems"), true);
                    List<String> lines = new ArrayList<>();
                    problem.problems().stream().map(CaseProblem::toString).forEach(lines::add);
                    showProblems(lines);
                } else {
                    showStatus("Cannot read " + file.getFileName() + ": " + cause.getMessage(), true);
                }
                return;
            }
            putCases(read, file.getFileName().toString());
        }, Edt.EXECUTOR);
    }

    /** Puts a table of cases into the grid: replacing an empty grid, else as the user chooses. */
    private void putCases(CaseTable read, String source) {
        boolean replace = true;
        if (!model.isBlank()) {
            Object[] options = {"Replace", "Add", "Cancel"};
            int choice = JOptionPane.showOptionDialog(panel, "Replace the cases in the grid with the "
                    + read.cases().size() + " cases of " + source + ", or add them after the last case?", "Cases",
                    JOptionPane.YES_NO_CANCEL_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[0]);
            if (choice != 0 && choice != 1) {
                return;
            }
            replace = choice == 0;
        }
        List<String> ignored = model.putCases(read.columns(), read.cases(), replace);
        showProblems(List.of());
        String text = (replace ? "Read " : "Added ") + read.cases().size() + " cases from " + source;
        if (!ignored.isEmpty()) {
            text += "; left out (not inputs of the worksheet): " + String.join(", ", ignored);
        }
        showStatus(text, !ignored.isEmpty());
    }

    /** Puts the cases of a batch to run again in place of the grid's. */
    void putCopy(BatchCopy copy) {
        table.commitEdits();
        List<String> ignored = model.putCases(copy.cases().columns(), copy.cases().cases(), true);
        showProblems(List.of());
        String text = "Took " + copy.cases().cases().size() + " cases of “" + copy.name() + "”";
        if (!ignored.isEmpty()) {
            text += "; left out (not inputs of the worksheet now): " + String.join(", ", ignored);
        }
        showStatus(text, !ignored.isEmpty());
    }

    private void openGenerator() {
        table.commitEdits();
        List<String> units = new ArrayList<>();
        for (int i = 0; i < model.inputs().size(); i++) {
            units.add(model.unit(i));
        }
        Window owner = SwingUtilities.getWindowAncestor(panel);
        GeneratorDialog dialog = new GeneratorDialog(owner, model.inputs(), units, model.isBlank(), (generated, replace) -> {
            List<String> ignored = model.putCases(generated.columns(), generated.cases(), replace);
            showProblems(List.of());
            showStatus("Generated " + generated.cases().size() + " cases"
                    + (ignored.isEmpty() ? "" : "; left out: " + String.join(", ", ignored)), !ignored.isEmpty());
        });
        dialog.setVisible(true);
    }

    private static JButton button(Action action, String name) {
        JButton button = new JButton(action);
        button.setName(name);
        return button;
    }

    private static Action action(String name, String description, Runnable command) {
        Action action = new AbstractAction(name) {
            @Override
            public void actionPerformed(ActionEvent e) {
                command.run();
            }
        };
        action.putValue(Action.SHORT_DESCRIPTION, description);
        return action;
    }
}
