package org.primebatch.swing.testing;

import java.awt.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.image.ScreenshotTaker;

/** PNG pictures of windows and dialogs under {@code app-swing/target/screenshots/}, to look at after a test run. */
public final class Screenshots {
    private Screenshots() {
    }

    public static Path folder() {
        return Path.of(System.getProperty("primebatch.screenshots", "target/screenshots"));
    }

    /** Saves {@code component} as {@code NAME.png}, replacing an earlier picture of that name. */
    public static Path save(Component component, String name) {
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            Files.deleteIfExists(file);
            GuiActionRunner.execute(() -> {
                component.validate();
                return null;
            });
            new ScreenshotTaker().saveComponentAsPng(component, file.toString());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }

    /** Saves the whole screen as {@code NAME.png}: where windows really are, as the X server shows them. */
    public static Path saveScreen(String name) {
        try {
            Files.createDirectories(folder());
            Path file = folder().resolve(name + ".png");
            Files.deleteIfExists(file);
            new ScreenshotTaker().saveDesktopAsPng(file.toString());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot save the screenshot " + name, e);
        }
    }
}
