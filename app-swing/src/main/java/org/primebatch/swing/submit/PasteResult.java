package org.primebatch.swing.submit;

import java.util.List;

/**
 * What a paste did: the grid rows it wrote (first to last, both included; none when {@code rows} is 0), whether
 * its first line was taken as a header, and the pasted columns that have no place in the grid.
 */
public record PasteResult(int firstRow, int rows, boolean header, List<String> ignoredColumns) {
    public PasteResult {
        ignoredColumns = List.copyOf(ignoredColumns);
    }
}
