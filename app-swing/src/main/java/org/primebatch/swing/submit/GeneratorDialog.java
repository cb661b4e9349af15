package org.primebatch.swing.submit;

import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import javax.swing.AbstractAction;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSeparator;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.event.DocumentEvent;
import javax.swing.event.DocumentListener;
import net.miginfocom.swing.MigLayout;
import org.primebatch.cases.CaseTable;
import org.primebatch.cases.Combine;
import org.primebatch.cases.SweepException;

/**
 * Makes cases from per-input choices — the worksheet's value, a single value, a list, or a range with a step — and
 * combines them as every combination or side by side. Shows how many cases would come before making them.
 */
final class GeneratorDialog extends JDialog {
    private final List<ChoiceRow> rows = new ArrayList<>();
    private final JRadioButton product = new JRadioButton("Every combination (product)", true);
    private final JRadioButton zip = new JRadioButton("Side by side (zip: lists of equal length)");
    private final JCheckBox replace = new JCheckBox("Replace the cases in the grid");
    private final JLabel count = new JLabel(" ");
    private final JButton generateButton = new JButton();
    private final BiConsumer<CaseTable, Boolean> onGenerated;

    GeneratorDialog(Window owner, List<InputColumn> inputs, List<String> units, boolean gridBlank,
                    BiConsumer<CaseTable, Boolean> onGenerated) {
        super(owner, "Generate cases", ModalityType.DOCUMENT_MODAL);
        this.onGenerated = onGenerated;
        setName("generator");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        JPanel content = new JPanel(new MigLayout("insets dialog, wrap 7",
                "[][140!][200!][70!][70!][70!][90!]", "[]"));
        for (String title : List.of("Input", "Vary as", "Value, or list: 1, 2, 3", "From", "To", "Step", "Unit")) {
            JLabel label = new JLabel(title);
            label.setForeground(Colors.MUTED);
            content.add(label);
        }
        for (int i = 0; i < inputs.size(); i++) {
            ChoiceRow row = new ChoiceRow(inputs.get(i).alias(), units.get(i));
            rows.add(row);
            row.addTo(content);
        }
        ButtonGroup combine = new ButtonGroup();
        combine.add(product);
        combine.add(zip);
        product.setName("generator.product");
        zip.setName("generator.zip");
        replace.setName("generator.replace");
        replace.setSelected(true);
        replace.setEnabled(!gridBlank);
        count.setName("generator.count");
        content.add(new JSeparator(), "span, growx, gaptop 6");
        content.add(new JLabel("Combine"), "span, split 3");
        content.add(product);
        content.add(zip);
        content.add(replace, "span");
        content.add(count, "span, growx, wmin 0, gaptop 6");
        generateButton.setAction(new AbstractAction("Generate") {
            @Override
            public void actionPerformed(ActionEvent e) {
                generate();
            }
        });
        generateButton.setName("generator.generate");
        JButton cancel = new JButton(new AbstractAction("Cancel") {
            @Override
            public void actionPerformed(ActionEvent e) {
                dispose();
            }
        });
        cancel.setName("generator.cancel");
        content.add(generateButton, "span, split 2, tag ok, gaptop 6");
        content.add(cancel, "tag cancel");
        product.addActionListener(e -> updateCount());
        zip.addActionListener(e -> updateCount());
        getRootPane().setDefaultButton(generateButton);
        getRootPane().registerKeyboardAction(e -> dispose(), KeyStroke.getKeyStroke(KeyEvent.VK_ESCAPE, 0),
                JComponent.WHEN_IN_FOCUSED_WINDOW);
        setContentPane(content);
        updateCount();
        pack();
        setLocationRelativeTo(owner);
    }

    List<SweepChoice> choices() {
        return rows.stream().map(ChoiceRow::choice).toList();
    }

    Combine combine() {
        return zip.isSelected() ? Combine.ZIP : Combine.PRODUCT;
    }

    private void generate() {
        try {
            CaseTable table = CaseGenerator.generate(choices(), combine());
            onGenerated.accept(table, replace.isSelected());
            dispose();
        } catch (SweepException e) {
            showCount(e.getMessage(), true, false);
        }
    }

    /** How many cases the choices make, what is still to enter or what is wrong, without making the cases. */
    private void updateCount() {
        GeneratorCount count = GeneratorCount.of(choices(), combine());
        showCount(count.text(), count.error(), count.ready());
    }

    private void showCount(String text, boolean error, boolean ready) {
        count.setText(text);
        count.setToolTipText(text);
        count.setForeground(error ? Colors.ERROR : ready ? null : Colors.MUTED);
        generateButton.setEnabled(ready);
    }

    /** One input's choice: mode, values or from/to/step, unit. */
    private final class ChoiceRow {
        private final String alias;
        private final JComboBox<SweepChoice.Mode> mode = new JComboBox<>(SweepChoice.Mode.values());
        private final JTextField values = new JTextField();
        private final JTextField from = new JTextField();
        private final JTextField to = new JTextField();
        private final JTextField step = new JTextField();
        private final JTextField unit = new JTextField();

        ChoiceRow(String alias, String currentUnit) {
            this.alias = alias;
            unit.setText(currentUnit);
            mode.setName("generator.mode." + alias);
            values.setName("generator.values." + alias);
            from.setName("generator.from." + alias);
            to.setName("generator.to." + alias);
            step.setName("generator.step." + alias);
            unit.setName("generator.unit." + alias);
            mode.addActionListener(e -> {
                enableFields();
                updateCount();
            });
            DocumentListener changed = new DocumentListener() {
                @Override
                public void insertUpdate(DocumentEvent e) {
                    updateCount();
                }

                @Override
                public void removeUpdate(DocumentEvent e) {
                    updateCount();
                }

                @Override
                public void changedUpdate(DocumentEvent e) {
                    updateCount();
                }
            };
            for (JTextField field : List.of(values, from, to, step, unit)) {
                field.getDocument().addDocumentListener(changed);
            }
            enableFields();
        }

        void addTo(JPanel content) {
            content.add(new JLabel(alias));
            content.add(mode, "growx");
            content.add(values, "growx");
            content.add(from, "growx");
            content.add(to, "growx");
            content.add(step, "growx");
            content.add(unit, "growx");
        }

        private void enableFields() {
            SweepChoice.Mode chosen = (SweepChoice.Mode) mode.getSelectedItem();
            values.setEnabled(chosen == SweepChoice.Mode.VALUE || chosen == SweepChoice.Mode.LIST);
            boolean range = chosen == SweepChoice.Mode.RANGE;
            from.setEnabled(range);
            to.setEnabled(range);
            step.setEnabled(range);
            unit.setEnabled(chosen != SweepChoice.Mode.KEEP);
        }

        SweepChoice choice() {
            return new SweepChoice(alias, (SweepChoice.Mode) mode.getSelectedItem(), values.getText(), from.getText(),
                    to.getText(), step.getText(), unit.getText());
        }
    }
}
