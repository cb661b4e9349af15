package org.primebatch.swing.submit;

/** A cell of the cases grid by model row and model column (column 0 is the case name). */
public record GridCell(int row, int column) {
}
