package org.primebatch.swing.submit;

import org.primebatch.api.InputSyntax;
import org.primebatch.cases.Sweep;
import org.primebatch.cases.SweepException;

/**
 * What the generator does with one input: leave it to the worksheet, give it one value, a list of values, or a
 * range from, to and step; the unit applies to numbers.
 */
public record SweepChoice(String alias, Mode mode, String values, String from, String to, String step, String unit) {
    public enum Mode {
        KEEP("worksheet value"), VALUE("single value"), LIST("list"), RANGE("range");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * What is still to enter for this choice, or to correct, in the generator's words; null when it is complete.
     *
     * @param text  what to do, e.g. "Enter a start, an end and a step for L"
     * @param error whether something entered is wrong; otherwise only something is missing, which is no error
     */
    public record Hint(String text, boolean error) {
    }

    public Hint hint() {
        return switch (mode) {
            case KEEP -> null;
            case VALUE -> values.isBlank() ? new Hint("Enter a value for " + alias, false) : unitHint();
            case LIST -> values.isBlank() ? new Hint("Enter the values for " + alias + ", separated by commas", false) : unitHint();
            case RANGE -> rangeHint();
        };
    }

    private Hint rangeHint() {
        if (from.isBlank() || to.isBlank() || step.isBlank()) {
            return new Hint("Enter a start, an end and a step for " + alias, false);
        }
        Double start = number(from);
        Double end = number(to);
        Double by = number(step);
        if (start == null || end == null || by == null) {
            String which = start == null ? "start" : end == null ? "end" : "step";
            return new Hint("The " + which + " of " + alias + " must be a number", true);
        }
        if (by == 0) {
            return new Hint("The step of " + alias + " must not be 0", true);
        }
        if (end > start && by < 0) {
            return new Hint("The step of " + alias + " must be positive to go up from " + from.strip() + " to " + to.strip(), true);
        }
        if (end < start && by > 0) {
            return new Hint("The step of " + alias + " must be negative to go down from " + from.strip() + " to " + to.strip(), true);
        }
        return unitHint();
    }

    private Hint unitHint() {
        if (unit != null && unit.strip().matches(".*\\s.*")) {
            return new Hint("Write the unit of " + alias + " without spaces, e.g. kN/m", true);
        }
        return null;
    }

    private static Double number(String text) {
        try {
            return InputSyntax.number(text, false);
        } catch (IllegalArgumentException tooLarge) {
            return null;
        }
    }

    /** The values this choice gives, once {@link #hint()} has nothing to say; the problem in the generator's words. */
    public Sweep sweep() {
        try {
            Sweep sweep = Sweep.parse(spec());
            if (mode == Mode.VALUE && sweep.size() > 1) {
                throw new SweepException("Enter one value for " + alias + ", or choose list for several");
            }
            return sweep;
        } catch (SweepException e) {
            String message = e.getMessage();
            // the shared sweeps quote the command-line spec first: the generator's fields say it in their own words
            String said = message.startsWith("sweep \"") && message.contains("\": ") ? message.substring(message.indexOf("\": ") + 3) : message;
            throw new SweepException(said.equals(message) ? message : capitalized(alias + ": " + said));
        }
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static SweepChoice keep(String alias, String unit) {
        return new SweepChoice(alias, Mode.KEEP, "", "", "", "", unit);
    }

    /**
     * The sweep as {@code Sweep.parse} reads it ({@code L=2..10 step 0.5 m}, {@code w=10,20 kN/m}), or null when
     * the input is left to the worksheet.
     */
    public String spec() {
        String unitPart = unit == null || unit.isBlank() ? "" : " " + unit.strip();
        return switch (mode) {
            case KEEP -> null;
            case VALUE, LIST -> alias + "=" + values.strip() + unitPart;
            case RANGE -> alias + "=" + from.strip() + ".." + to.strip()
                    + (step.isBlank() ? "" : " step " + step.strip()) + unitPart;
        };
    }
}
