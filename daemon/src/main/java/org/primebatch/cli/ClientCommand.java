package org.primebatch.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.primebatch.api.Json;
import org.primebatch.client.DaemonClient;
import org.primebatch.client.Endpoint;
import org.primebatch.client.Home;
import picocli.CommandLine;

/** A command that talks to the daemon of the chosen home. */
abstract class ClientCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    Home home() {
        return main.home();
    }

    DaemonClient connect() {
        return connect(home());
    }

    static DaemonClient connect(Home home) {
        try {
            return DaemonClient.connect(Endpoint.forHome(home), "primebatch-cli");
        } catch (IOException e) {
            throw new CliFailure(Main.UNREACHABLE, "no daemon answers for home " + home.dir()
                    + " (start one with 'primebatch start'): " + e.getMessage());
        }
    }

    void printJson(Object value) {
        try {
            out().println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out().flush();
    }
}
