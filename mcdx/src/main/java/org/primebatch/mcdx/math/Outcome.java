package org.primebatch.mcdx.math;

import java.util.Optional;

/** What became of one region in one run. */
public sealed interface Outcome {
    /** {@code x := …} or {@code f(x) := …}: the value given to the name (several names for {@code [a b] := …}). */
    record Defined(String name, Value value) implements Outcome {
    }

    /** {@code … =} (or {@code x := … =}, then with the name): the value in SI, and the display unit if one is set. */
    record Evaluated(String name, Value value, Optional<DisplayUnit> displayUnit) implements Outcome {
    }

    /** An error Mathcad reports for the region. */
    record Failed(MathError error) implements Outcome {
    }

    /** Not evaluated natively. */
    record Refused(String reason) implements Outcome {
    }

    /** Math that neither defines nor evaluates (a bare expression). */
    record Inert() implements Outcome {
    }
}
