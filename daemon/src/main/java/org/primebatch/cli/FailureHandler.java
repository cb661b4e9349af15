package org.primebatch.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.primebatch.api.RpcException;
import org.primebatch.client.DaemonUnavailableException;
import picocli.CommandLine;

/** Turns a command's failure into one clear line on stderr and the exit code the scripting contract promises. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine line, CommandLine.ParseResult parsed) {
        line.getErr().println("primebatch: " + message(ex));
        return exitCode(ex);
    }

    static String message(Throwable ex) {
        if (ex instanceof UncheckedIOException u && u.getCause() != null) {
            return u.getCause().getMessage();
        }
        return ex.getMessage() != null ? ex.getMessage() : ex.toString();
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CliFailure f) {
            return f.exitCode();
        }
        if (ex instanceof DaemonUnavailableException || ex instanceof IOException || ex instanceof UncheckedIOException) {
            return Main.UNREACHABLE;
        }
        if (ex instanceof RpcException r) {
            return switch (r.code()) {
                case ENGINE_UNAVAILABLE, SHUTTING_DOWN -> Main.UNREACHABLE;
                case INTERNAL_ERROR -> Main.CASES_FAILED;
                default -> Main.BAD_INPUT;
            };
        }
        if (ex instanceof IllegalArgumentException) {
            return Main.BAD_INPUT;
        }
        return Main.CASES_FAILED;
    }
}
