package org.primebatch.cases;

/** A non-empty cell of a workbook sheet as stored: formulas appear as the value Excel last calculated. */
sealed interface SheetCell {
    /** The cell as a person reads it, for header and case-name cells. */
    String text();

    record Number(double value) implements SheetCell {
        @Override
        public String text() {
            return PlainNumber.text(value);
        }
    }

    record Text(String text) implements SheetCell {
    }

    record Bool(boolean value) implements SheetCell {
        @Override
        public String text() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** An error value such as {@code #DIV/0!}. */
    record Error(String code) implements SheetCell {
        @Override
        public String text() {
            return code;
        }
    }
}
