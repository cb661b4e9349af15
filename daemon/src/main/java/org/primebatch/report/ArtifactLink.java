package org.primebatch.report;

import java.nio.file.Path;

/**
 * A workbook's link to one artifact file.
 *
 * @param address where the link points: relative to the workbook's folder (with {@code /}) when the artifact can be
 *                reached from there, so the folder can be moved; otherwise the artifact's absolute path
 * @param label   the text the cell shows
 */
record ArtifactLink(String address, String label) {
    /** Excel refuses string literals longer than this inside a formula; longer text is joined from pieces. */
    private static final int MAX_LITERAL = 255;

    /**
     * The link to {@code artifact} (a path as the daemon recorded it; a relative one is taken from the working
     * directory, as the daemon wrote it) from a workbook in {@code workbookFolder}, or absolute when that is null.
     */
    static ArtifactLink of(String artifact, Path workbookFolder) {
        Path file = Path.of(artifact).toAbsolutePath().normalize();
        if (workbookFolder == null) {
            return new ArtifactLink(file.toString(), file.toString());
        }
        Path folder = workbookFolder.toAbsolutePath().normalize();
        try {
            String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            return new ArtifactLink(relative, relative);
        } catch (IllegalArgumentException e) {
            // another root, say another drive on Windows: only an absolute path reaches it
            return new ArtifactLink(file.toString(), file.toString());
        }
    }

    /** The cell formula {@code HYPERLINK("address", "label")} that opens the artifact when clicked. */
    String formula() {
        return "HYPERLINK(" + literal(address) + "," + literal(label) + ")";
    }

    private static String literal(String text) {
        StringBuilder formula = new StringBuilder();
        int start = 0;
        do {
            int end = Math.min(text.length(), start + MAX_LITERAL);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            String piece = text.substring(start, end);
            formula.append(start == 0 ? "" : "&").append('"').append(piece.replace("\"", "\"\"")).append('"');
            start = end;
        } while (start < text.length());
        return formula.toString();
    }
}
