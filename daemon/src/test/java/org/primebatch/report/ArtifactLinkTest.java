package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactLinkTest {
    @TempDir
    Path dir;

    @Test
    void linksRelativeToTheFolderWithSlashes() {
        ArtifactLink link = ArtifactLink.of(dir.resolve("out/pdf/case 1.pdf").toString(), dir.resolve("out"));

        assertThat(link.address()).isEqualTo("pdf/case 1.pdf");
        assertThat(link.formula()).isEqualTo("HYPERLINK(\"pdf/case 1.pdf\",\"pdf/case 1.pdf\")");
    }

    @Test
    void quotesAreDoubledAndLongTextIsJoinedFromPieces() {
        String name = "a\"b" + "x".repeat(300);
        ArtifactLink link = new ArtifactLink(name, "label");

        String expectedAddress = "\"a\"\"b" + "x".repeat(252) + "\"&\"" + "x".repeat(48) + "\"";
        assertThat(link.formula()).isEqualTo("HYPERLINK(" + expectedAddress + ",\"label\")");
    }
}
