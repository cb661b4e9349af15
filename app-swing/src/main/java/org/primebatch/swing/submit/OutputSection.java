package org.primebatch.swing.submit;

import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractAction;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.primebatch.api.BatchSpec;
import org.primebatch.api.Designated;
import org.primebatch.api.OverwritePolicy;
import org.primebatch.api.Priority;
import org.primebatch.api.ResultCheck;

/**
 * How the batch runs and what it writes: name, engine, priority, exports, output folder, artifact name template
 * with a preview of the first names, and what to do with files that exist already.
 */
final class OutputSection {
    static final String ECHO = "echo";
    static final List<String> ENGINES = List.of("auto", "native", "mathcad", ECHO);

    private final JPanel panel = new JPanel(new MigLayout("insets 0, fillx, wrap 2", "[right][grow,fill]"));
    private final JTextField name = new JTextField();
    private final JComboBox<String> engine = new JComboBox<>(ENGINES.toArray(String[]::new));
    private final JComboBox<Priority> priority = new JComboBox<>(Priority.values());
    private final JCheckBox pdf = new JCheckBox("PDF", true);
    private final JCheckBox mcdx = new JCheckBox("MCDX");
    private final JCheckBox mergedPdf = new JCheckBox("Merged PDF");
    private final JTextField outDir = new JTextField();
    private final JTextField nameTemplate = new JTextField(BatchSpec.DEFAULT_NAME_TEMPLATE);
    private final JTextArea namePreview = new JTextArea(5, 20);
    private final JTextField check = new JTextField();
    private final JLabel checkProblem = new JLabel(" ");
    private final JComboBox<OverwritePolicy> overwrite = new JComboBox<>(OverwritePolicy.values());
    private final Runnable onChange;
    private final Runnable onCheck;
    private final ChooserFolders folders;

    OutputSection(Runnable onChange, Runnable onCheck, ChooserFolders folders) {
        this.onChange = onChange;
        this.onCheck = onCheck;
        this.folders = folders;
        name.setName("batchName");
        name.putClientProperty("JTextField.placeholderText", "the worksheet's name");
        engine.setName("engine");
        engine.setToolTipText("auto: native when it reproduces the worksheet, else Mathcad; echo: outputs equal inputs, for trials");
        priority.setName("priority");
        priority.setSelectedItem(Priority.NORMAL);
        priority.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focused) {
                return super.getListCellRendererComponent(list, value instanceof Priority p ? p.word() : value, index,
                        selected, focused);
            }
        });
        pdf.setName("exportPdf");
        mcdx.setName("exportMcdx");
        mergedPdf.setName("exportMergedPdf");
        mergedPdf.setToolTipText("One PDF of all cases, with a bookmark per case");
        outDir.setName("outDir");
        outDir.putClientProperty("JTextField.placeholderText", "default: beside the worksheet");
        JButton browse = new JButton(new AbstractAction("Browse…") {
            @Override
            public void actionPerformed(ActionEvent e) {
                browseOutDir();
            }
        });
        browse.setName("browseOutDir");
        nameTemplate.setName("nameTemplate");
        nameTemplate.setToolTipText("Placeholders: {case}, {seq}, {batch}, {worksheet} and any input alias, e.g. {case}_L{L}");
        namePreview.setName("namePreview");
        namePreview.setEditable(false);
        namePreview.setFocusable(false);
        namePreview.setOpaque(false);
        namePreview.setLineWrap(false);
        check.setName("check");
        check.setToolTipText("A condition every case's results must meet, e.g. utilisation <= 1; cases that miss it are marked");
        checkProblem.setName("checkProblem");
        checkProblem.setForeground(Colors.ERROR);
        check.getDocument().addDocumentListener(new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                showCheckProblem();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                showCheckProblem();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                showCheckProblem();
            }
        });
        overwrite.setName("overwrite");
        overwrite.setToolTipText("When the output folder already holds results: ask, replace them, keep both, or write to a new folder");
        overwrite.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index,
                    boolean selected, boolean focused) {
                OverwritePolicy policy = (OverwritePolicy) value;
                String text = policy == null ? "" : policy == OverwritePolicy.REFUSE ? "Ask"
                        : policy.word() + " — " + policy.meaning();
                return super.getListCellRendererComponent(list, text, index, selected, focused);
            }
        });

        panel.add(new JLabel("Batch name"));
        panel.add(name);
        panel.add(new JLabel("Engine"));
        panel.add(engine, "split 3, growx 0");
        panel.add(new JLabel("Priority"), "gapleft unrel");
        panel.add(priority, "growx 0");
        panel.add(new JLabel("Exports"));
        panel.add(pdf, "split 3");
        panel.add(mcdx);
        panel.add(mergedPdf);
        panel.add(new JLabel("Output folder"));
        panel.add(outDir, "split 2, growx, wmin 100");
        panel.add(browse, "growx 0");
        panel.add(new JLabel("Name template"));
        panel.add(nameTemplate);
        panel.add(new JLabel("First names"), "top");
        panel.add(namePreview, "growx, wmin 100");
        panel.add(new JLabel("Existing files"));
        // the choices are long sentences: the field column, not the longest of them, sets the width
        panel.add(overwrite, "growx, wmin 0");
        panel.add(new JLabel("Check"));
        panel.add(check, "split 2, growx, wmin 100");
        panel.add(checkProblem, "growx 0");

        DocumentListener changed = new DocumentListener() {
            @Override
            public void insertUpdate(DocumentEvent e) {
                onChange.run();
            }

            @Override
            public void removeUpdate(DocumentEvent e) {
                onChange.run();
            }

            @Override
            public void changedUpdate(DocumentEvent e) {
                onChange.run();
            }
        };
        nameTemplate.getDocument().addDocumentListener(changed);
        outDir.getDocument().addDocumentListener(changed);
        for (JCheckBox box : List.of(pdf, mcdx, mergedPdf)) {
            box.addActionListener(e -> onChange.run());
        }
        engine.addActionListener(e -> {
            boolean exports = !ECHO.equals(engine.getSelectedItem());
            pdf.setEnabled(exports);
            mcdx.setEnabled(exports);
            mergedPdf.setEnabled(exports);
            onChange.run();
        });
    }

    JPanel panel() {
        return panel;
    }

    /** The batch's spec for {@code worksheet} as the fields say; blank fields leave the daemon's defaults. */
    BatchSpec spec(String worksheet) {
        return new BatchSpec(blankToNull(name.getText()), worksheet, (String) engine.getSelectedItem(),
                blankToNull(outDir.getText()), exports(), nameTemplate.getText().strip(), (Priority) priority.getSelectedItem(),
                null, null, null, null, null, null, ((OverwritePolicy) overwrite.getSelectedItem()).word(),
                Designated.NONE, blankToNull(check.getText()));
    }

    /** Fills the fields from {@code settings}; the worksheet and the chooser folder are not this section's. */
    void apply(NewBatchSettings settings) {
        name.setText(settings.name() == null ? "" : settings.name());
        engine.setSelectedItem(settings.engine());
        priority.setSelectedItem(settings.priority());
        pdf.setSelected(settings.exports().contains("pdf"));
        mcdx.setSelected(settings.exports().contains("mcdx"));
        mergedPdf.setSelected(settings.exports().contains("merged-pdf"));
        outDir.setText(settings.outDir() == null ? "" : settings.outDir());
        nameTemplate.setText(settings.nameTemplate());
        overwrite.setSelectedItem(settings.overwrite());
        check.setText(settings.check() == null ? "" : settings.check());
        onChange.run();
    }

    /** The fields as settings for {@code worksheet}; the exports as ticked, whatever the engine writes. */
    NewBatchSettings settings(String worksheet) {
        List<String> ticked = new ArrayList<>();
        for (JCheckBox box : List.of(pdf, mcdx, mergedPdf)) {
            if (box.isSelected()) {
                ticked.add(box == pdf ? "pdf" : box == mcdx ? "mcdx" : "merged-pdf");
            }
        }
        return new NewBatchSettings(worksheet, name.getText(), (String) engine.getSelectedItem(),
                (Priority) priority.getSelectedItem(), ticked, outDir.getText(), nameTemplate.getText(),
                (OverwritePolicy) overwrite.getSelectedItem(), check.getText(), folders.last());
    }

    /** Why the check as typed cannot be read, or empty when it is blank or reads. */
    String checkProblem() {
        String text = check.getText().strip();
        if (text.isEmpty()) {
            return "";
        }
        try {
            ResultCheck.parse(text);
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private void showCheckProblem() {
        String problem = checkProblem();
        checkProblem.setText(problem.isEmpty() ? " " : problem);
        onCheck.run();
    }

    /** The exports asked for, as the daemon names them; the echo engine writes none of them. */
    List<String> exports() {
        List<String> exports = new ArrayList<>();
        if (ECHO.equals(engine.getSelectedItem())) {
            return exports;
        }
        if (pdf.isSelected()) {
            exports.add("pdf");
        }
        if (mcdx.isSelected()) {
            exports.add("mcdx");
        }
        if (mergedPdf.isSelected()) {
            exports.add("merged-pdf");
        }
        return exports;
    }

    /** The files of one case, one per export: the files the preview names. */
    List<String> fileExports() {
        return exports().stream().filter(format -> !format.equals("merged-pdf")).toList();
    }

    String nameTemplate() {
        return nameTemplate.getText();
    }

    /** Shows the names of the first cases, one line per case. */
    void showNames(List<String> lines, boolean fromDaemon) {
        namePreview.setForeground(null);
        namePreview.setText(lines.isEmpty() ? "(no cases yet)" : String.join("\n", lines));
        namePreview.setToolTipText(fromDaemon ? "As the daemon's dry run names them" : "As they would be named; Validate asks the daemon");
    }

    void showNameProblem(String problem) {
        namePreview.setForeground(Colors.ERROR);
        namePreview.setText(problem);
        namePreview.setToolTipText(problem);
    }

    private void browseOutDir() {
        JFileChooser chooser = folders.chooser("outDirChooser", outDir.getText());
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        int answer = chooser.showOpenDialog(panel);
        folders.used(chooser);
        if (answer == JFileChooser.APPROVE_OPTION) {
            outDir.setText(chooser.getSelectedFile().getAbsolutePath());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
