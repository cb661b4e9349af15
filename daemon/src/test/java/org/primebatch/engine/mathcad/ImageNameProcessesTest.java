package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.primebatch.engine.mathcad.com.ImageNameProcesses;

class ImageNameProcessesTest {
    @Test
    void listsTheProcessesOfAnImageNameIgnoringCase() throws Exception {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            assertThat(new ImageNameProcesses("SLEEP").running()).contains(sleep.pid());
            assertThat(new ImageNameProcesses("MathcadPrime.exe").running()).doesNotContain(sleep.pid());
        } finally {
            sleep.destroyForcibly();
        }
    }
}
