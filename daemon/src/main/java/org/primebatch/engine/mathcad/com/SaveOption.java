package org.primebatch.engine.mathcad.com;

/** Enum {@code SaveOption} of the type library. */
public enum SaveOption {
    SAVE_CHANGES(0), PROMPT_TO_SAVE_CHANGES(1), DISCARD_CHANGES(2);

    private final int value;

    SaveOption(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
