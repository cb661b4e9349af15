package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line sends the daemon absolute paths: the daemon resolves nothing against its own directory. */
class ClientPathsTest {
    private static final Path HERE = Path.of("pom.xml");

    @Test
    void submitSendsTheWorksheetCasesAndOutputFolderAbsolute() {
        SubmitOptions options = new SubmitOptions();
        options.worksheet = HERE;
        options.cases = HERE;
        options.out = Path.of("some-out/../out");
        ObjectNode request = options.request();
        assertThat(request.path("spec").path("worksheet").asText()).isEqualTo(HERE.toAbsolutePath().toString());
        assertThat(request.path("caseFile").asText()).isEqualTo(HERE.toAbsolutePath().toString());
        assertThat(request.path("spec").path("outDir").asText()).isEqualTo(Path.of("out").toAbsolutePath().toString());
    }

    @Test
    void resultsSendsTheOutputAndZipAbsolute() {
        ResultsCommand command = new ResultsCommand();
        command.output = Path.of("table.csv");
        command.zip = Path.of("all.zip");
        ObjectNode params = command.params();
        assertThat(params.path("output").asText()).isEqualTo(Path.of("table.csv").toAbsolutePath().toString());
        assertThat(params.path("zip").asText()).isEqualTo(Path.of("all.zip").toAbsolutePath().toString());
    }
}
