package org.primebatch.engine.mathcad.com;

/** Enum {@code WorksheetReadonlyOptionNames} of the type library. */
public enum ReadonlyOption {
    /** Do not add the worksheet to the recent files list nor change the working directory when opening or saving. */
    FILE_LOCATION_HISTORY_DISABLED(0),
    OPERATIONS_WITH_ENABLED_STATE_GENERATION(1),
    REQUEST_TO_UPDATE_INPUTS_ENABLED(2),
    CASE_INSENSITIVE_ALIAS_COMPARISON_ENABLED(3);

    private final int value;

    ReadonlyOption(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
