package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Window;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JTable;
import javax.swing.JTextField;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.primebatch.api.BatchView;
import org.primebatch.api.Json;
import org.primebatch.api.Protocol;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Home;
import org.primebatch.swing.submit.NewBatchDialog;
import org.primebatch.swing.submit.NewBatchSettings;
import org.primebatch.swing.testing.EchoBatches;
import org.primebatch.swing.testing.Inputs;
import org.primebatch.swing.testing.OnEdt;
import org.primebatch.swing.testing.Screenshots;
import org.primebatch.swing.testing.WindowTest;
import org.primebatch.testing.DaemonProcess;

/** Duplicate batch… in the client opens a finished batch in a New batch dialog, which remembers in the client's folder. */
class DuplicateBatchTest extends WindowTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);

    private DaemonProcess daemon;
    private DesktopClient client;

    @AfterEach
    void closeAll() throws Exception {
        if (client != null) {
            GuiActionRunner.execute(() -> client.quit());
        }
        if (daemon != null) {
            daemon.close();
        }
    }

    @Test
    void duplicateBatchOpensTheFinishedBatchInANewBatchDialog() throws Exception {
        daemon = startDaemon();
        var spec = new EchoBatches(daemon, dir.resolve("out")).spec("spans");
        var cases = Json.MAPPER.createArrayNode();
        for (int span : new int[] {3000, 6000, 9000}) {
            var inputs = Json.object();
            inputs.set("L", Json.object().put("value", span).put("unit", "mm"));
            var item = Json.object().put("name", "L" + span);
            item.set("inputs", inputs);
            cases.add(item);
        }
        var request = Json.object();
        request.set("spec", spec);
        request.set("cases", cases);
        BatchView batch;
        try (DaemonClient daemonClient = daemon.client()) {
            batch = daemonClient.call(Protocol.BATCH_SUBMIT, request, BatchView.class);
        }
        daemon.awaitFinal(batch.id(), LIMIT);

        DesktopClient.Launch launch = new DesktopClient.Launch(new Home(dir.resolve("home")), dir.resolve("client"),
                MainWindowTest.cli(), false, new AtomicInteger()::incrementAndGet);
        client = GuiActionRunner.execute(() -> DesktopClient.open(launch));
        FrameFixture window = new FrameFixture(robot, client.window());
        JTable batches = window.table("batches").target();
        OnEdt.await("the batch in the list", LIMIT, () -> batches.getRowCount() == 1);
        // the batch view shows its commands once the batch it selects has come from the daemon
        javax.swing.JButton duplicate = robot.finder().findByName(client.window(), "duplicateButton", javax.swing.JButton.class, false);
        Inputs.give("the batch to be shown", () -> OnEdt.get(() -> duplicate.isShowing() && duplicate.isEnabled()),
                () -> window.table("batches").selectRows(0));

        Inputs.click(robot, duplicate, "a New batch dialog", () -> newBatchDialog() != null);
        NewBatchDialog dialog = newBatchDialog();
        JTable grid = (JTable) robot.finder().findByName(dialog, "casesTable", false);
        OnEdt.await("the batch's cases in the grid", LIMIT, () -> grid.getRowCount() == 3 && "L9000".equals(grid.getValueAt(2, 0)));
        assertThat(OnEdt.get(() -> ((JTextField) robot.finder().findByName(dialog, "batchName", false)).getText())).isEqualTo("spans");

        Screenshots.save(dialog, "new-batch-duplicated-from-client");
        Inputs.click(robot, (javax.swing.JButton) robot.finder().findByName(dialog, "close", false),
                "the question before discarding", Inputs::asking);
        Inputs.answer(robot, "Discard", LIMIT);
        OnEdt.await("the dialog to close", LIMIT, () -> !dialog.isDisplayable());
        assertThat(NewBatchSettings.load(dir.resolve("client")).engine()).as("remembered in the client's folder").isEqualTo("echo");
    }

    private static NewBatchDialog newBatchDialog() {
        return OnEdt.get(() -> (NewBatchDialog) Arrays.stream(Window.getWindows())
                .filter(w -> w instanceof NewBatchDialog && w.isShowing()).findFirst().orElse(null));
    }
}
