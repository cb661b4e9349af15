package org.primebatch.swing.submit;

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
