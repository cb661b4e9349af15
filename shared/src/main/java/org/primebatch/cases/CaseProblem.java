package org.primebatch.cases;

/**
 * Something wrong in a case file.
 *
 * @param row    line number in the file, the header being row 1; 0 when the problem concerns the whole file
 * @param column header name of the cell, or null when the problem concerns a whole row or the file
 */
public record CaseProblem(int row, String column, String message) {
    @Override
    public String toString() {
        if (row == 0) {
            return message;
        }
        return column == null
                ? "row " + row + ": " + message
                : "row " + row + ", column " + column + ": " + message;
    }
}
