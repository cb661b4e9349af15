package org.primebatch.swing.submit;

import java.util.Optional;

/** What closing the New batch dialog asks before the cases entered in its grid are lost: nothing when there are none. */
final class DiscardQuestion {
    static final String DISCARD = "Discard";
    static final String KEEP = "Keep editing";

    private DiscardQuestion() {
    }

    /** The question for a grid holding {@code cases} cases, or empty when closing loses nothing. */
    static Optional<String> of(int cases) {
        if (cases <= 0) {
            return Optional.empty();
        }
        return Optional.of((cases == 1 ? "Discard the case you entered?" : "Discard the " + cases + " cases you entered?")
                + "\nThe batch was not submitted; its settings are kept for next time.");
    }
}
