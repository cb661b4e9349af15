package org.primebatch.swing.submit;

import java.math.BigInteger;
import java.util.List;
import org.primebatch.cases.Combine;
import org.primebatch.cases.SweepException;

/**
 * What the generator says under its choices: how many cases they make, what is still to enter, or what is wrong, in
 * the dialog's words. Something not yet entered is never an error, so nothing shows red before the user typed.
 *
 * @param text  the line to show
 * @param error whether it is an error (shown red)
 * @param ready whether Generate can make the cases
 */
record GeneratorCount(String text, boolean error, boolean ready) {
    static final String NOTHING_CHOSEN = "Choose a value, a list or a range for at least one input";

    static GeneratorCount of(List<SweepChoice> choices, Combine combine) {
        SweepChoice.Hint missing = null;
        for (SweepChoice choice : choices) {
            SweepChoice.Hint hint = choice.hint();
            if (hint != null && hint.error()) {
                return new GeneratorCount(hint.text(), true, false);
            }
            if (hint != null && missing == null) {
                missing = hint;
            }
        }
        if (missing != null) {
            return new GeneratorCount(missing.text(), false, false);
        }
        BigInteger total = null;
        long zipped = -1;
        String zippedAlias = null;
        try {
            for (SweepChoice choice : choices) {
                if (choice.mode() == SweepChoice.Mode.KEEP) {
                    continue;
                }
                long size = choice.sweep().size();
                if (size == 1) {
                    total = total == null ? BigInteger.ONE : total;
                } else if (combine == Combine.ZIP) {
                    if (zipped >= 0 && zipped != size) {
                        return new GeneratorCount("Side by side needs as many values for each input: " + zippedAlias + " has "
                                + zipped + ", " + choice.alias() + " has " + size, true, false);
                    }
                    zipped = size;
                    zippedAlias = choice.alias();
                    total = BigInteger.valueOf(size);
                } else {
                    total = (total == null ? BigInteger.ONE : total).multiply(BigInteger.valueOf(size));
                }
            }
        } catch (SweepException e) {
            return new GeneratorCount(e.getMessage(), true, false);
        }
        if (total == null) {
            return new GeneratorCount(NOTHING_CHOSEN, false, false);
        }
        if (total.compareTo(BigInteger.valueOf(CaseGenerator.MAX_CASES)) > 0) {
            return new GeneratorCount(total + " cases: more than " + CaseGenerator.MAX_CASES + "; make the ranges narrower or the steps larger",
                    true, false);
        }
        return new GeneratorCount(total + (total.equals(BigInteger.ONE) ? " case" : " cases"), false, true);
    }
}
