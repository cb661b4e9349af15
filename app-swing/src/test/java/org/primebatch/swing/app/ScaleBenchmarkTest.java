package org.primebatch.swing.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ScaleBenchmark} in a JVM limited to a 300 MB heap and prints its figures. Not part of {@code ./run-tests}:
 * {@code xvfb-run -a mvn -pl app-swing -am test -Dtest=ScaleBenchmarkTest -Dbenchmarks.excluded= -Dsurefire.failIfNoSpecifiedTests=false}
 * ({@code -Dbench.cases=N} for another size).
 */
@Tag("benchmark")
class ScaleBenchmarkTest {
    @Test
    void hundredThousandCases() throws Exception {
        String cases = System.getProperty("bench.cases", "100000");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx300m", "-cp", System.getProperty("java.class.path"), ScaleBenchmark.class.getName(), cases)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(30, TimeUnit.MINUTES);
        System.out.println(output);
        assertThat(process.exitValue()).as(output).isZero();
    }
}
