package org.primebatch.installer.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.primebatch.swing.app.DesktopClient;

/** The desktop entry starts the image's client launcher, with its icon, and matches the client's windows. */
class DesktopEntryTest {
    static final Path ENTRY = Path.of("src/main/linux/primebatch-desktop.desktop");
    static final String GROUP = "Desktop Entry";

    @Test
    void startsTheClientLauncherOfTheImage() throws IOException {
        IniFile entry = IniFile.read(ENTRY);
        Path exec = Path.of(entry.require(GROUP, "Exec"));
        String launcher = exec.getFileName().toString();
        Properties launcherProperties = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/jpackage", launcher + ".properties"))) {
            launcherProperties.load(in);
        }

        assertThat(exec).isEqualTo(Path.of("/opt/primebatch/bin", launcher));
        assertThat(launcherProperties.getProperty("main-class")).isEqualTo(DesktopClient.class.getName());
        // jpackage copies each launcher's icon to lib/LAUNCHER.png
        assertThat(entry.require(GROUP, "Icon")).isEqualTo("/opt/primebatch/lib/" + launcher + ".png");
        // AWT names an application's X11 windows after its main class, dots replaced by dashes
        assertThat(entry.require(GROUP, "StartupWMClass")).isEqualTo(DesktopClient.class.getName().replace('.', '-'));
    }

    @Test
    void isAnApplicationInTheScienceMenu() throws IOException {
        IniFile entry = IniFile.read(ENTRY);

        assertThat(entry.sections()).containsOnlyKeys(GROUP);
        assertThat(entry.require(GROUP, "Type")).isEqualTo("Application");
        assertThat(entry.require(GROUP, "Name")).isNotBlank();
        assertThat(entry.require(GROUP, "Comment")).isNotBlank();
        assertThat(entry.require(GROUP, "Terminal")).isEqualTo("false");
        String categories = entry.require(GROUP, "Categories");
        assertThat(categories).endsWith(";");
        assertThat(List.of(categories.split(";"))).containsExactly("Science", "Engineering");
        assertThat(entry.sections().get(GROUP)).extracting(IniFile.Entry::key).doesNotHaveDuplicates();
    }

    @Test
    void desktopFileValidateAcceptsIt() throws Exception {
        assumeTrue(Run.onPath("desktop-file-validate"), "desktop-file-validate (desktop-file-utils) is not installed");

        Run validate = Run.of(List.of("desktop-file-validate", ENTRY.toString()));

        assertThat(validate.output()).isEmpty();
        assertThat(validate.exitCode()).isZero();
    }
}
