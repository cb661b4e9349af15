package org.primebatch.mcdx.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportFontTest {
    @Test
    void everySymbolOfMathTextHasAGlyph() {
        String symbols = "M⟨0⟩ ‹op› ▪ ↦ √ ∛ ∜ ᵀ ′ ⊕ ∧ ∨ ¬ ≠ ≤ ≥ ∈ × · Σ Π ∫ ← ≡ ∞ ⁰¹²³⁴⁵⁶⁷⁸⁹⁻ "
                + "µ μ ° Ω Δ δ σ ε ρ τ ν λ π ø æ å ℤ ℚ ℂ";
        assertThat(ReportFont.printable(symbols)).isEqualTo(symbols);
    }

    @Test
    void unknownCharactersAndControlsAreReplaced() {
        assertThat(ReportFont.printable("a\tb\u0007c\uE000")).isEqualTo("a    bc?");
    }
}
