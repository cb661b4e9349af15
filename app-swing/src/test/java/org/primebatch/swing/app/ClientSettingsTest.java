package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void missingOrDamagedFilesGiveTheDefaults() throws Exception {
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
        Files.writeString(dir.resolve("client.properties"), "theme=purple\nwindow.bounds=1,2,x\nwindow.divider=wide\n\\u12");
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
        Files.writeString(dir.resolve("client.properties"), "theme=purple\nwindow.bounds=1,2,x\nwindow.divider=wide\n");
        assertThat(ClientSettings.load(dir)).isEqualTo(ClientSettings.DEFAULTS);
    }
}
