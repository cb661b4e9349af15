package org.primebatch.engine.mathcad;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The registry through {@code reg query}, so that reporting availability loads no native code. */
final class RegQuery implements RegistryReader {
    private static final long WAIT_SECONDS = 10;

    private record Answer(int exitCode, List<String> lines) {
    }

    @Override
    public boolean has(String key) {
        return query(key).exitCode() == 0;
    }

    @Override
    public List<String> subkeys(String key) {
        Answer answer = query(key);
        if (answer.exitCode() != 0) {
            return List.of();
        }
        String self = key.replaceFirst("^HKLM\\\\", "HKEY_LOCAL_MACHINE\\\\").replaceFirst("^HKCR\\\\", "HKEY_CLASSES_ROOT\\\\");
        return answer.lines().stream().map(String::strip).filter(l -> l.startsWith("HKEY_") && !l.equalsIgnoreCase(self)).toList();
    }

    private static Answer query(String key) {
        try {
            Process process = new ProcessBuilder("reg", "query", key).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Answer(-1, List.of());
            }
            return new Answer(process.exitValue(), new String(out, Charset.defaultCharset()).lines().toList());
        } catch (IOException e) {
            return new Answer(-1, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, List.of());
        }
    }
}
