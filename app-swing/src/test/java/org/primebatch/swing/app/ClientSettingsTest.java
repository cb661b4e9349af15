package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.swing.batch.GridPreferences;

class ClientSettingsTest {
    @TempDir
    Path dir;

    @Test
    void savedSettingsComeBack() {
        ClientSettings settings = ClientSettings.DEFAULTS.withTheme(Theme.DARK).withLayout(new Rectangle(10, 20, 800, 600), true, 333);
        settings.save(dir.resolve("client"));
        assertThat(ClientSettings.load(dir.resolve("client"))).isEqualTo(settings);
    }

    @Test
    void theCasesTablesFiguresAndHiddenColumnsComeBack() throws Exception {
        GridPreferences grid = GridPreferences.DEFAULTS.withSignificantFigures(6)
                .withHidden("C:\\work\\beam one.mcdx", Set.of("attempts", "in:L", "out:sigma"))
                .withHidden("/home/me/slab.mcdx", Set.of("attempts", "out:w'"));
        ClientSettings settings = ClientSettings.DEFAULTS.withGrid(grid);
        settings.save(dir);
        ClientSettings loaded = ClientSettings.load(dir);
        assertThat(loaded).isEqualTo(settings);
        assertThat(loaded.grid().hiddenIn("C:\\work\\beam one.mcdx")).containsExactlyInAnyOrder("attempts", "in:L", "out:sigma");
        assertThat(loaded.grid().hiddenIn("/elsewhere.mcdx")).containsExactly("attempts");
        assertThat(Files.readString(dir.resolve("client.properties"))).contains("cases.significantFigures=6")
                .contains("cases.hidden=attempts");

        Files.writeString(dir.resolve("client.properties"), "cases.significantFigures=40\n");
        assertThat(ClientSettings.load(dir).grid()).isEqualTo(GridPreferences.DEFAULTS);
    }

    @Test
    void missingOrDamagedFilesGiveTheDefaults() throws Exception {
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
        Files.writeString(dir.resolve("client.properties"), "theme=purple\nwindow.bounds=1,2,x\nwindow.divider=wide\n\\u12");
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
        Files.writeString(dir.resolve("client.properties"), "theme=purple\nwindow.bounds=1,2,x\nwindow.divider=wide\n");
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
    }
}
