package org.primebatch.api;

/**
 * Where a batch's cross-check with Mathcad Prime stands.
 *
 * @param state        {@link CrossCheck#VERIFYING}, {@link CrossCheck#NATIVE} or {@link CrossCheck#MATHCAD}
 * @param verify       the cases cross-checked before native use
 * @param spotCheck    every how many cases one is cross-checked again (0: none)
 * @param checked      cases cross-checked so far
 * @param agreed       of those, the ones whose every output agreed
 * @param disagreement what stopped native use, or null
 */
public record CrossCheckStatus(String state, int verify, int spotCheck, int checked, int agreed,
        Disagreement disagreement) {

    /** One line for people: "native: 3 verification cases agreed; 4 of 4 cross-checked cases agreed" and so on. */
    public String display() {
        return switch (state) {
            case CrossCheck.VERIFYING -> "verifying: " + checked + " of " + verify + " verification case"
                    + (verify == 1 ? "" : "s") + " run on both engines, the other cases wait";
            case CrossCheck.NATIVE -> "running natively: the verification agreed; " + agreed + " of " + checked
                    + " cross-checked cases agreed" + (spotCheck > 0 ? ", a spot check every " + spotCheck + " cases" : "");
            default -> "carrying on with Mathcad Prime: "
                    + (disagreement == null ? "the cross-check stopped native use" : disagreement.display());
        };
    }
}
