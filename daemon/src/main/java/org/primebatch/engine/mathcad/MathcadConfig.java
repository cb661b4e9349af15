package org.primebatch.engine.mathcad;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the Mathcad engine reaches Mathcad Prime.
 *
 * @param jacobDll    the exact JACOB DLL file to load
 * @param visible     show Mathcad Prime's window (for diagnosis); only applied to a Mathcad the engine started
 * @param answerGrace how much longer than Prime's own calculation timeout the engine waits for a call that
 *                    calculates, so that Prime reports its timeout (error code 8) before the session is given up
 */
public record MathcadConfig(Path jacobDll, boolean visible, Duration answerGrace) {
    /** The JACOB version on the classpath; its DLL must be of the same release. */
    public static final String JACOB_VERSION = "1.14.3";
    public static final String JACOB_DLL_PROPERTY = "jacob.dll.path";
    public static final String JACOB_DLL_ENV = "PRIMEBATCH_JACOB_DLL";
    public static final Duration DEFAULT_ANSWER_GRACE = Duration.ofSeconds(15);

    public MathcadConfig {
        Objects.requireNonNull(jacobDll, "jacobDll");
        answerGrace = answerGrace == null ? DEFAULT_ANSWER_GRACE : answerGrace;
    }

    public MathcadConfig(Path jacobDll, boolean visible) {
        this(jacobDll, visible, DEFAULT_ANSWER_GRACE);
    }

    /** The DLL from {@value #JACOB_DLL_PROPERTY} or {@value #JACOB_DLL_ENV}, else {@link #jacobDllName()} beside the jar. */
    public static MathcadConfig defaults() {
        String configured = System.getProperty(JACOB_DLL_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(JACOB_DLL_ENV);
        }
        Path dll = configured == null || configured.isBlank() ? jarFolder().resolve(jacobDllName()) : Path.of(configured);
        return new MathcadConfig(dll.toAbsolutePath(), false);
    }

    public MathcadConfig withVisible(boolean show) {
        return new MathcadConfig(jacobDll, show, answerGrace);
    }

    /** {@code jacob-1.14.3-x64.dll} (or -x86 on a 32-bit JVM), as JACOB's own loader names it. */
    public static String jacobDllName() {
        String arch = System.getProperty("os.arch", "");
        return "jacob-" + JACOB_VERSION + "-" + (arch.contains("64") ? "x64" : "x86") + ".dll";
    }

    /** The folder holding the primebatch jar (or the classes folder when run from a build). */
    static Path jarFolder() {
        try {
            Path location = Path.of(MathcadConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location : location.getParent();
        } catch (URISyntaxException | RuntimeException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}
