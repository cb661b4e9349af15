package org.primebatch.engine.mathcad.com;

import java.util.Set;
import java.util.stream.Collectors;

/** Processes whose executable has a given file name (case-insensitive, as Windows compares them). */
public final class ImageNameProcesses implements PrimeProcesses {
    private final String imageName;

    public ImageNameProcesses(String imageName) {
        this.imageName = imageName;
    }

    public static ImageNameProcesses mathcadPrime() {
        return new ImageNameProcesses(IMAGE_NAME);
    }

    @Override
    public Set<Long> running() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(this::matches).orElse(false))
                .map(ProcessHandle::pid)
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean matches(String command) {
        String file = command.substring(Math.max(command.lastIndexOf('/'), command.lastIndexOf('\\')) + 1);
        return file.equalsIgnoreCase(imageName);
    }
}
