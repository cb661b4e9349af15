package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.swing.data.TableCell.row;

import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Toolkit;
import java.awt.datatransfer.StringSelection;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.swing.JComponent;
import javax.swing.JTable;
import org.assertj.swing.core.matcher.DialogMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.finder.WindowFinder;
import org.assertj.swing.fixture.DialogFixture;
import org.assertj.swing.fixture.JTableFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchState;
import org.primebatch.api.BatchView;
import org.primebatch.api.ItemState;
import org.primebatch.api.ItemView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.swing.model.BatchesModel;
import org.primebatch.swing.model.ConnectionState;
import org.primebatch.swing.model.DaemonConnection;
import org.primebatch.swing.testing.Inputs;
import org.primebatch.swing.testing.OnEdt;
import org.primebatch.swing.testing.Screenshots;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

class NewBatchDialogTest extends WindowTest {
    private static final Path BEAM = Path.of("..", "examples", "beam", "beam.mcdx").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private DaemonProcess daemon;
    private DaemonConnection connection;
    private DialogFixture dialog;
    private final List<BatchView> submitted = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void lookAndFeel() {
        GuiActionRunner.execute(() -> {
            FlatLightLaf.setup();
        });
    }

    @AfterEach
    void stop() throws Exception {
        if (dialog != null) {
            dialog.cleanUp();
        }
        if (connection != null) {
            connection.close();
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void aBatchMadeInTheDialogRunsEveryCaseAsTheWorksheetComputes() throws Exception {
        open(BEAM);
        awaitWorksheet();
        Screenshots.save(dialog.target(), "new-batch-after-inspect");
        dialog.label("worksheetVerdict").requireText("Native engine takes it: 4 stored results reproduced");

        JTableFixture grid = dialog.table("casesTable");
        clipboard("case\tL [m]\tw [kN/m]\tE [GPa]\tI [cm^4]\n"
                + "B01-IPE300-6m\t6\t12\t210\t8356\n"
                + "B02-HEA160-5.5m\t5.5\t6\t200\t1673\n");
        paste(grid, 0, 0, 2);
        addRow(grid);
        Inputs.enterCell(robot, grid, 2, 0, "typed");
        Inputs.enterCell(robot, grid, 2, 1, "3500 mm");
        Inputs.enterCell(robot, grid, 2, 2, "28");
        Inputs.enterCell(robot, grid, 2, 3, "210");
        Inputs.enterCell(robot, grid, 2, 4, "3892");
        Path out = dir.resolve("out");
        Inputs.type(dialog.textBox("outDir"), out.toString());
        Inputs.select(robot, dialog.checkBox("exportMcdx").target());
        Inputs.type(dialog.textBox("nameTemplate"), "{case}_L{L}");
        dialog.textBox("namePreview").requireText("B01-IPE300-6m_L6.pdf   B01-IPE300-6m_L6.mcdx\n"
                + "B02-HEA160-5.5m_L5.5.pdf   B02-HEA160-5.5m_L5.5.mcdx\n"
                + "typed_L3500.pdf   typed_L3500.mcdx");

        press("validate", "Validating");
        awaitText("summary", "native engine");
        assertThat(text("summary")).contains("3 cases").contains(out.toString());
        assertThat(listBatches()).isEmpty();

        press("submit", "Submitting");
        OnEdt.until("the dialog to report the batch", PATIENCE, () -> !submitted.isEmpty());
        OnEdt.until("the dialog to close", PATIENCE, () -> !GuiActionRunner.execute(() -> dialog.target().isDisplayable()));
        BatchView batch = daemon.awaitFinal(submitted.get(0).id(), PATIENCE);
        assertThat(batch.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(batch.counts().succeeded()).isEqualTo(3);
        List<ItemView> items = daemon.items(batch.id());
        assertThat(items).extracting(ItemView::name).containsExactly("B01-IPE300-6m", "B02-HEA160-5.5m", "typed");
        for (ItemView item : items) {
            assertThat(item.state()).isEqualTo(ItemState.SUCCEEDED);
            double spanMetres = item.inputs().get("L").value().asDouble() / ("mm".equals(item.inputs().get("L").unit()) ? 1000 : 1);
            double load = item.inputs().get("w").value().asDouble();
            assertThat(item.outputs().get("M_max").value().asDouble()).isCloseTo(load * spanMetres * spanMetres / 8, within(1e-6));
        }
        assertThat(out.resolve("B01-IPE300-6m_L6.pdf")).isRegularFile();
        assertThat(out.resolve("typed_L3500.mcdx")).isRegularFile();
    }

    @Test
    void ctrlVPastesTheClipboardAtTheSelectedCellGrowingTheRows() throws Exception {
        open(BEAM);
        awaitWorksheet();
        JTableFixture grid = dialog.table("casesTable");
        clipboard("4\t10\n5\t20\n6\t30\n");
        paste(grid, 0, 1, 3);

        grid.requireRowCount(3);
        assertThat(grid.contents()).isDeepEqualTo(new String[][] {
                new String[] {"", "4", "10", "", ""},
                new String[] {"", "5", "20", "", ""},
                new String[] {"", "6", "30", "", ""}});
        dialog.label("casesStatus").requireText("Pasted 3 rows");
    }

    @Test
    void problemsTheDaemonFindsAreMarkedOnTheirCellsAndNothingIsQueued() throws Exception {
        open(BEAM);
        awaitWorksheet();
        JTableFixture grid = dialog.table("casesTable");
        clipboard("ok\t6\t12\t210\t8356\ntext\tsix\t12\t210\t8356\nunit\t6 kg\t12\t210\t8356\n");
        paste(grid, 0, 0, 3);
        Inputs.type(dialog.textBox("outDir"), dir.resolve("out").toString());

        press("validate", "Validating");
        OnEdt.until("the problems under the grid", PATIENCE,
                () -> GuiActionRunner.execute(() -> ((javax.swing.JList<?>) robot.finder().findByName(dialog.target(), "problemsList", false))
                        .getModel().getSize() == 2));
        assertThat(dialog.list("problemsList").contents()).containsExactly(
                "Row 2, L: the input L takes a number, not a string",
                "Row 3, L: unit 'kg' (kg) does not fit the input L in m (m)");
        assertThat(cellTooltip(grid.target(), 1, 1)).isEqualTo("the input L takes a number, not a string");
        assertThat(cellTooltip(grid.target(), 2, 1)).contains("unit 'kg'");
        assertThat(cellTooltip(grid.target(), 0, 1)).isNull();
        assertThat(text("status")).startsWith("Validation failed: 2 cells need correcting");
        Screenshots.save(dialog.target(), "new-batch-validation-errors");

        press("submit", "Submitting");
        awaitText("status", "Submission failed");
        assertThat(listBatches()).isEmpty();
        assertThat(submitted).isEmpty();
        assertThat(grid.valueAt(row(1).column(1))).isEqualTo("six");
        assertThat(grid.valueAt(row(2).column(1))).isEqualTo("6 kg");
        assertThat(dialog.textBox("outDir").text()).isEqualTo(dir.resolve("out").toString());

        Inputs.enterCell(robot, grid, 1, 1, "7");
        assertThat(cellTooltip(grid.target(), 1, 1)).isNull();
    }

    @Test
    void theGeneratorMakesEveryCombinationOfARangeAndAList() throws Exception {
        open(BEAM);
        awaitWorksheet();
        clickUntilShowing("generateCases", "the generator", window -> "generator".equals(window.getName()));
        DialogFixture generator = WindowFinder.findDialog(DialogMatcher.withName("generator").andShowing()).using(robot);
        Inputs.choose(generator.comboBox("generator.mode.L"), "range");
        Inputs.type(generator.textBox("generator.from.L"), "4");
        Inputs.type(generator.textBox("generator.to.L"), "6");
        Inputs.type(generator.textBox("generator.step.L"), "0.5");
        Inputs.choose(generator.comboBox("generator.mode.w"), "list");
        Inputs.type(generator.textBox("generator.values.w"), "10, 20");
        Inputs.choose(generator.comboBox("generator.mode.E"), "single value");
        Inputs.type(generator.textBox("generator.values.E"), "200");
        Inputs.select(robot, generator.radioButton("generator.product").target());
        generator.label("generator.count").requireText("10 cases");
        Screenshots.save(generator.target(), "new-batch-generator");
        java.awt.Window generatorWindow = generator.target();
        Inputs.click(robot, generator.button("generator.generate").target(), "the generator to close",
                () -> !OnEdt.get(generatorWindow::isShowing));

        JTableFixture grid = dialog.table("casesTable");
        grid.requireRowCount(10);
        assertThat(grid.valueAt(row(0).column(0))).isEqualTo("L=4 m w=10 kN/m");
        assertThat(grid.valueAt(row(9).column(0))).isEqualTo("L=6 m w=20 kN/m");
        assertThat(grid.valueAt(row(3).column(1))).isEqualTo("4.5");
        assertThat(grid.valueAt(row(3).column(2))).isEqualTo("20");
        assertThat(grid.valueAt(row(3).column(3))).isEqualTo("200");
        assertThat(grid.valueAt(row(3).column(4))).isEmpty();
        Screenshots.save(dialog.target(), "new-batch-generated");
    }

    @Test
    void aCsvFileImportsWithTheUnitsOfItsHeader() throws Exception {
        Path csv = dir.resolve("cases.csv");
        Files.writeString(csv, "case,L [mm],w [kN/m],colour\nshort,3000,10,red\nlong,9000,5,blue\n");
        open(BEAM);
        awaitWorksheet();
        clickUntilShowing("importCases", "the file chooser", NewBatchDialogTest::holdsFileChooser);
        Inputs.chooseFile(robot, dialog.fileChooser(), csv);

        // the file is read off the event thread: the grid holds its cases once the status says so
        awaitText("casesStatus", "Read 2 cases from cases.csv; left out (not inputs of the worksheet): colour");
        JTableFixture grid = dialog.table("casesTable");
        grid.requireRowCount(2);
        assertThat(grid.contents()).isDeepEqualTo(new String[][] {
                new String[] {"short", "3000", "10", "", ""},
                new String[] {"long", "9000", "5", "", ""}});
        assertThat(dialog.table("unitsRow").valueAt(row(0).column(1))).isEqualTo("mm");
    }

    @Test
    void noOtherPartOfTheDialogLiesOverTheGrid() throws Exception {
        open(BEAM);
        awaitWorksheet();
        JTable grid = dialog.table("casesTable").target();
        // the grid's left edge is where the worksheet and output column would reach over it were it too wide
        Object atLeftEdge = OnEdt.get(() -> {
            java.awt.Container content = ((javax.swing.JDialog) dialog.target()).getContentPane();
            java.awt.Rectangle shown = grid.getVisibleRect();
            java.awt.Point edge = javax.swing.SwingUtilities.convertPoint(grid, shown.x + 2, shown.y + shown.height / 2, content);
            return javax.swing.SwingUtilities.getDeepestComponentAt(content, edge.x, edge.y);
        });
        assertThat(atLeftEdge).isSameAs(grid);
    }

    @Test
    void aFileThatIsNoWorksheetIsReportedClearly() throws Exception {
        Path notAWorksheet = dir.resolve("notes.mcdx");
        Files.writeString(notAWorksheet, "not a zip");
        open(notAWorksheet);
        awaitText("worksheetMessage", "Cannot read this worksheet");
        dialog.button("validate").requireDisabled();
        dialog.button("addRow").requireDisabled();
    }

    @Test
    void inputsNamedInTheDialogMakeAReportTemplateThatDesignatesNothingABatchOfReports() throws Exception {
        Path cohesion = org.primebatch.mcdx.testing.Corpus.dir().resolve("ChristianCruger__mcad2py/references__plain_concrete_cohesion.mcdx");
        open(cohesion);
        awaitText("worksheetMessage", "0 inputs, 0 outputs designated");
        awaitText("variableNames", "Variables: f_cd, β, ϕ");

        name("designateInputs", "f_cd, phi");
        awaitText("worksheetMessage", "Cannot designate by name: unknown variable phi");
        assertThat(text("worksheetMessage")).contains("did you mean ϕ?");
        dialog.button("validate").requireDisabled();

        name("designateInputs", "f_cd, ϕ");
        OnEdt.until("the inputs named", PATIENCE, () -> GuiActionRunner.execute(() -> dialog.table("designations").target().getRowCount() == 2));
        dialog.table("designations").requireCellValue(row(1).column(1), "ϕ");
        dialog.table("designations").requireCellValue(row(1).column(3), "37");
        awaitText("worksheetMessage", "without outputs each case gives its report");
        awaitText("worksheetVerdict", "Native engine takes it");
        JTableFixture grid = dialog.table("casesTable");
        addRow(grid);
        Inputs.enterCell(robot, grid, 0, 0, "c30");
        Inputs.enterCell(robot, grid, 0, 1, "30");
        Inputs.enterCell(robot, grid, 0, 2, "30");
        Path out = dir.resolve("reports");
        Inputs.type(dialog.textBox("outDir"), out.toString());
        Screenshots.save(dialog.target(), "new-batch-inputs-by-name");

        press("submit", "Submitting");
        OnEdt.until("the dialog to report the batch", PATIENCE, () -> !submitted.isEmpty());
        BatchView batch = daemon.awaitFinal(submitted.get(0).id(), PATIENCE);
        assertThat(batch.state()).isEqualTo(BatchState.SUCCEEDED);
        assertThat(batch.spec().designate().inputs()).containsExactly("f_cd", "ϕ");
        ItemView item = daemon.items(batch.id()).get(0);
        assertThat(item.inputs().get("ϕ").value().asDouble()).isEqualTo(30);
        assertThat(item.inputs().get("ϕ").unit()).as("a bare number is taken in the input's unit").isEqualTo("deg");
        assertThat(out.resolve("c30.pdf")).isRegularFile();
    }

    /** Types names into a field of names and has them read (Enter). */
    private void name(String field, String names) throws InterruptedException {
        var box = dialog.textBox(field);
        Inputs.type(box, names);
        String before = text("worksheetMessage");
        Inputs.give(field + " to be read", () -> !text("worksheetMessage").equals(before),
                () -> box.pressAndReleaseKeys(KeyEvent.VK_ENTER));
    }

    @Test
    void theDialogComesBackAsItWasLeft() throws Exception {
        Path settings = dir.resolve("client");
        open(BEAM, new NewBatchDialog.Options(settings, null));
        awaitWorksheet();
        Path out = dir.resolve("remembered-out");
        Inputs.type(dialog.textBox("outDir"), out.toString());
        Inputs.select(robot, dialog.checkBox("exportMcdx").target());
        Inputs.type(dialog.textBox("nameTemplate"), "{case}_L{L}");
        Inputs.choose(dialog.comboBox("priority"), "high");
        Inputs.choose(dialog.comboBox("overwrite"), "keep");
        Inputs.type(dialog.textBox("check"), "utilisation <= 1");
        Inputs.type(dialog.textBox("batchName"), "only this batch's");
        closeDialog();
        assertThat(settings.resolve(NewBatchSettings.FILE)).isRegularFile();

        openDialog(null, new NewBatchDialog.Options(settings, null));
        awaitWorksheet();
        assertThat(dialog.textBox("worksheetPath").text()).isEqualTo(BEAM.toString());
        assertThat(dialog.textBox("outDir").text()).isEqualTo(out.toString());
        dialog.checkBox("exportPdf").requireSelected();
        dialog.checkBox("exportMcdx").requireSelected();
        dialog.checkBox("exportMergedPdf").requireNotSelected();
        assertThat(dialog.textBox("nameTemplate").text()).isEqualTo("{case}_L{L}");
        assertThat(OnEdt.get(() -> dialog.comboBox("priority").target().getSelectedItem())).isEqualTo(org.primebatch.api.Priority.HIGH);
        assertThat(OnEdt.get(() -> dialog.comboBox("overwrite").target().getSelectedItem())).isEqualTo(org.primebatch.api.OverwritePolicy.KEEP);
        assertThat(dialog.textBox("check").text()).isEqualTo("utilisation <= 1");
        assertThat(dialog.textBox("batchName").text()).as("a batch's name is its own").isEmpty();
        Screenshots.save(dialog.target(), "new-batch-remembered");
    }

    @Test
    void closingAsksBeforeTheCasesEnteredAreLostAndNotWhenThereAreNone() throws Exception {
        open(BEAM);
        awaitWorksheet();
        JTableFixture grid = dialog.table("casesTable");
        clipboard("B01\t6\t12\t210\t8356\nB02\t5.5\t6\t200\t1673\n");
        paste(grid, 0, 0, 2);

        Inputs.click(robot, dialog.button("close").target(), "the question before discarding", Inputs::asking);
        assertThat(Inputs.question(robot, PATIENCE).target().getMessage().toString()).startsWith("Discard the 2 cases you entered?");
        Screenshots.saveScreen("new-batch-close-asks");
        Inputs.answer(robot, "Keep editing", PATIENCE);
        assertThat(OnEdt.get(dialog.target()::isDisplayable)).isTrue();
        grid.requireRowCount(2);

        NewBatchDialog target = (NewBatchDialog) dialog.target();
        Inputs.give("the question after Escape", Inputs::asking, () -> {
            robot.focus(grid.target());
            robot.pressAndReleaseKey(KeyEvent.VK_ESCAPE);
        });
        Inputs.answer(robot, "Discard", PATIENCE);
        OnEdt.until("the dialog to close", PATIENCE, () -> !OnEdt.get(target::isDisplayable));

        openDialog(BEAM, NewBatchDialog.Options.NONE);
        awaitWorksheet();
        closeDialog();
        assertThat(Inputs.asking()).isFalse();
    }

    @Test
    void aDuplicatedBatchFillsTheDialogWithItsSettingsAndCases() throws Exception {
        open(null, NewBatchDialog.Options.NONE);
        BatchView ran = submitEchoBatch("beams", dir.resolve("beams-out"));
        daemon.awaitFinal(ran.id(), PATIENCE);

        BatchCopy copy = BatchCopy.load(connection.requests(), ran.id()).get(60, java.util.concurrent.TimeUnit.SECONDS);
        NewBatchDialog target = (NewBatchDialog) dialog.target();
        GuiActionRunner.execute(() -> target.duplicate(copy));
        awaitWorksheet();
        JTableFixture grid = dialog.table("casesTable");
        OnEdt.until("the batch's cases in the grid", PATIENCE, () -> grid.rowCount() == 2);
        assertThat(grid.contents()).isDeepEqualTo(new String[][] {
                new String[] {"short", "3000", "10", "", ""},
                new String[] {"long", "9000", "5", "", ""}});
        assertThat(dialog.table("unitsRow").valueAt(row(0).column(1))).isEqualTo("mm");
        assertThat(dialog.textBox("batchName").text()).isEqualTo("beams");
        assertThat(OnEdt.get(() -> dialog.comboBox("engine").target().getSelectedItem())).isEqualTo("echo");
        assertThat(dialog.textBox("outDir").text()).isEqualTo(dir.resolve("beams-out").toString());
        assertThat(dialog.textBox("nameTemplate").text()).isEqualTo("{case}_w{w}");
        assertThat(OnEdt.get(() -> dialog.comboBox("priority").target().getSelectedItem())).isEqualTo(org.primebatch.api.Priority.HIGH);
        Screenshots.save(dialog.target(), "new-batch-duplicate");

        Inputs.type(dialog.textBox("outDir"), dir.resolve("again").toString());
        press("validate", "Validating");
        awaitText("status", "Valid: 2 cases");
    }

    @Test
    void withoutADaemonTheDialogOffersToStartOneAndReadsTheWorksheetOnceItAnswers() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();
        javax.swing.Action start = new javax.swing.AbstractAction("Start daemon") {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                setEnabled(false);
                java.util.concurrent.CompletableFuture.runAsync(() -> {
                    try {
                        daemon = startDaemon();
                        started.set(true);
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                });
            }
        };
        NewBatchDialog[] opened = new NewBatchDialog[1];
        connect(new DaemonConnection.Listener() {
            @Override
            public void stateChanged(ConnectionState state) {
                if (state == ConnectionState.CONNECTED && opened[0] != null) {
                    opened[0].daemonConnected();
                }
            }
        });
        openDialog(BEAM, new NewBatchDialog.Options(null, start));
        opened[0] = (NewBatchDialog) dialog.target();
        OnEdt.until("the offer to start a daemon", PATIENCE, () -> OnEdt.get(() -> robot.finder()
                .findByName(dialog.target(), "daemonOffer", false).isShowing()));
        javax.swing.JTextArea message = (javax.swing.JTextArea) robot.finder().findByName(dialog.target(), "daemonMessage", false);
        assertThat(text("daemonMessage")).startsWith("No daemon answers").endsWith("everything entered here is kept.");
        OnEdt.until("the message to be laid out", PATIENCE, () -> OnEdt.get(() -> message.getWidth() > 0));
        assertThat(OnEdt.get(() -> message.getHeight() >= message.getPreferredSize().height
                && message.getPreferredSize().width <= message.getParent().getWidth())).as("the whole message shows").isTrue();
        Screenshots.save(dialog.target(), "new-batch-no-daemon");

        Inputs.click(robot, dialog.button("startDaemon").target(), "the daemon to be started", started::get);
        awaitWorksheet();
        OnEdt.until("the offer to go", PATIENCE, () -> OnEdt.get(() -> !robot.finder()
                .findByName(dialog.target(), "daemonOffer", false).isShowing()));
    }

    @Test
    void theWorksheetFieldIsReadWhenItLosesTheFocus() throws Exception {
        open(null, NewBatchDialog.Options.NONE);
        Inputs.type(dialog.textBox("worksheetPath"), BEAM.toString());
        Inputs.give("the worksheet to be read after leaving its field",
                () -> OnEdt.get(() -> dialog.table("designations").target().getRowCount() == 8),
                () -> robot.click(dialog.textBox("outDir").target()));
        awaitWorksheet();
    }

    private void open(Path worksheet) throws Exception {
        open(worksheet, NewBatchDialog.Options.NONE);
    }

    /** Starts a daemon, connects to it and opens a dialog. */
    private void open(Path worksheet, NewBatchDialog.Options options) throws Exception {
        daemon = startDaemon();
        connect(new DaemonConnection.Listener() { });
        OnEdt.until("a connection", PATIENCE,
                () -> GuiActionRunner.execute(connection::state) == ConnectionState.CONNECTED);
        openDialog(worksheet, options);
    }

    /** Connects to the daemon of the test's home, which need not run yet. */
    private void connect(DaemonConnection.Listener listener) {
        Path home = dir.resolve("home");
        connection = new DaemonConnection(() -> {
            try {
                return DaemonClient.connect(Endpoint.forHome(new org.primebatch.client.Home(home)), "test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, GuiActionRunner.execute(() -> new BatchesModel(Clock.systemUTC())), listener);
        connection.start();
    }

    /** Opens a dialog on the connection; a dialog opened before is left as it is. */
    private void openDialog(Path worksheet, NewBatchDialog.Options options) {
        NewBatchDialog target = GuiActionRunner.execute(() -> new NewBatchDialog(null, connection.requests(), submitted::add, worksheet, options));
        dialog = new DialogFixture(robot, target);
        GuiActionRunner.execute(target::open);
        dialog.requireVisible();
    }

    private void awaitWorksheet() throws InterruptedException {
        OnEdt.until("the worksheet's designations", PATIENCE,
                () -> GuiActionRunner.execute(() -> dialog.table("designations").target().getRowCount() == 8));
        awaitText("worksheetVerdict", "Native engine");
        dialog.table("designations").requireCellValue(row(0).column(1), "L");
        dialog.table("designations").requireCellValue(row(0).column(3), "6");
        dialog.table("designations").requireCellValue(row(0).column(4), "m");
    }

    private void awaitText(String name, String part) throws InterruptedException {
        OnEdt.until(name + " to say " + part, PATIENCE, () -> text(name).contains(part));
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            var component = robot.finder().findByName(dialog.target(), name, false);
            return component instanceof javax.swing.JLabel label ? label.getText()
                    : ((javax.swing.text.JTextComponent) component).getText();
        });
    }

    /** Clicks a cell and presses Ctrl+V, then waits for the grid to hold {@code rows} rows and say it pasted. */
    private void paste(JTableFixture grid, int row, int column, int rows) throws InterruptedException {
        Inputs.give("the grid to hold the " + rows + " pasted rows", () -> grid.rowCount() == rows && text("casesStatus").startsWith("Pasted"),
                () -> {
                    grid.cell(row(row).column(column)).click();
                    pasteKey();
                });
    }

    /** Clicks Add row and waits for the grid to have one row more. */
    private void addRow(JTableFixture grid) throws InterruptedException {
        int before = grid.rowCount();
        Inputs.click(robot, dialog.button("addRow").target(), "a new row", () -> grid.rowCount() == before + 1);
    }

    /** Clicks Validate or Submit and waits for the status line to change ({@code what} names the change) or the dialog to close. */
    private void press(String button, String what) throws InterruptedException {
        String before = text("status");
        Inputs.click(robot, dialog.button(button).target(), "the status to say " + what,
                () -> !OnEdt.get(dialog.target()::isDisplayable) || !text("status").equals(before));
    }

    /** Clicks {@code button} and waits for a window that {@code opened} accepts to be on screen. */
    private void clickUntilShowing(String button, String what, java.util.function.Predicate<java.awt.Window> opened)
            throws InterruptedException {
        Inputs.click(robot, dialog.button(button).target(), what, () -> OnEdt.get(() -> java.util.Arrays
                .stream(java.awt.Window.getWindows()).anyMatch(window -> window.isShowing() && opened.test(window))));
    }

    /** Clicks Close and waits for the dialog to go (nothing is asked when the grid is empty). */
    private void closeDialog() throws InterruptedException {
        java.awt.Window target = dialog.target();
        Inputs.click(robot, dialog.button("close").target(), "the dialog to close", () -> !OnEdt.get(target::isDisplayable));
    }

    /** A batch on the echo engine with two cases of the beam worksheet, each with a span in mm and a load. */
    private BatchView submitEchoBatch(String name, Path out) throws IOException {
        var spec = Json.object().put("name", name).put("worksheet", BEAM.toString()).put("engine", "echo")
                .put("outDir", out.toString()).put("retries", 0).put("priority", "high").put("nameTemplate", "{case}_w{w}");
        var cases = Json.MAPPER.createArrayNode();
        cases.add(echoCase("short", 3000, 10));
        cases.add(echoCase("long", 9000, 5));
        var request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        try (DaemonClient client = daemon.client()) {
            return client.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode echoCase(String name, int spanMm, int load) {
        var inputs = Json.object();
        inputs.set("L", Json.object().put("value", spanMm).put("unit", "mm"));
        inputs.set("w", Json.object().put("value", load).put("unit", "kN/m"));
        var item = Json.object().put("name", name);
        item.set("inputs", inputs);
        return item;
    }

    private static boolean holdsFileChooser(java.awt.Container container) {
        for (java.awt.Component child : container.getComponents()) {
            if (child instanceof javax.swing.JFileChooser && child.isShowing()
                    || child instanceof java.awt.Container inner && holdsFileChooser(inner)) {
                return true;
            }
        }
        return false;
    }

    /** Ctrl+V, as a person presses it, in the component that has the focus. */
    private void pasteKey() {
        robot.pressKey(KeyEvent.VK_CONTROL);
        robot.pressAndReleaseKey(KeyEvent.VK_V);
        robot.releaseKey(KeyEvent.VK_CONTROL);
    }

    private static String cellTooltip(JTable table, int row, int column) {
        return GuiActionRunner.execute(() -> ((JComponent) table.prepareRenderer(table.getCellRenderer(row, column), row, column))
                .getToolTipText());
    }

    private static void clipboard(String text) {
        GuiActionRunner.execute(() -> {
            Toolkit.getDefaultToolkit().getSystemClipboard().setContents(new StringSelection(text), null);
        });
    }

    private List<?> listBatches() throws IOException {
        try (DaemonClient client = daemon.client()) {
            return Json.MAPPER.convertValue(client.call(Protocol.BATCH_LIST, Json.object()), List.class);
        }
    }
}
