package org.primebatch.swing.testing;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.core.BasicRobot;
import org.assertj.swing.core.Robot;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.primebatch.testing.DaemonProcess;

/**
 * Base of the window tests: a real display (Xvfb under {@code ./run-tests}), a robot that owns the windows the test
 * opens, Swing checked for work off the event dispatch thread, and a folder for a daemon home and output files.
 */
public abstract class WindowTest {
    protected Robot robot;
    protected Path dir;

    @BeforeAll
    static void display() {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("window tests need a display: run them with ./run-tests, which starts Xvfb");
        }
        FailOnThreadViolationRepaintManager.install();
    }

    @BeforeEach
    void robotAndFolder() throws Exception {
        robot = BasicRobot.robotWithNewAwtHierarchy();
        robot.settings().delayBetweenEvents(10);
        dir = Files.createTempDirectory("pb-window-test");
    }

    @AfterEach
    void cleanUp() {
        if (robot != null) {
            robot.cleanUp();
        }
        DaemonProcess.deleteTree(dir);
    }

    /** A real daemon for a home in this test's folder; close it (try-with-resources) when the test ends. */
    protected DaemonProcess startDaemon(String... daemonArgs) throws Exception {
        return DaemonProcess.start(dir.resolve("home"), daemonArgs);
    }
}
