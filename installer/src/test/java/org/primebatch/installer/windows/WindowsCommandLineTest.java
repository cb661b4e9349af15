package org.primebatch.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowsCommandLineTest {
    @Test
    void quotesKeepSpacesAndBackslashesBeforeAQuoteEscapeIt() {
        assertThat(WindowsCommandLine.split("-Xmx1m -jar \"C:\\Program Files\\a.jar\"  x"))
                .containsExactly("-Xmx1m", "-jar", "C:\\Program Files\\a.jar", "x");
        assertThat(WindowsCommandLine.split("--home \"C:\\Data\\\" daemon")).containsExactly("--home", "C:\\Data\" daemon");
        assertThat(WindowsCommandLine.split("a\\\\\"b c\"")).containsExactly("a\\b c");
    }
}
