package org.primebatch.installer.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end, its output and errors together. */
record Run(int exitCode, String output) {
    static Run of(List<String> command) throws IOException, InterruptedException {
        return of(command, Map.of(), 120);
    }

    static Run of(List<String> command, Map<String, String> env, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        env.forEach((k, v) -> {
            if (v == null) {
                builder.environment().remove(k);
            } else {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not end within " + timeoutSeconds + " s");
        }
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    static boolean onPath(String tool) {
        return List.of(System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
