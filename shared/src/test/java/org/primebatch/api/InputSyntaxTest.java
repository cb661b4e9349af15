package org.primebatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class InputSyntaxTest {
    @Test
    void aLocaleThatWritesADecimalCommaLetsNumbersHaveOne() {
        assertThat(InputSyntax.decimalComma(Locale.GERMANY)).isTrue();
        assertThat(InputSyntax.decimalComma(Locale.FRANCE)).isTrue();
        assertThat(InputSyntax.decimalComma(Locale.US)).isFalse();
        assertThat(InputSyntax.decimalComma(Locale.UK)).isFalse();

        boolean german = InputSyntax.decimalComma(Locale.GERMANY);
        assertThat(InputSyntax.number("8,5", german)).isEqualTo(8.5);
        assertThat(InputSyntax.number("8.5", german)).isEqualTo(8.5);
        assertThat(InputSyntax.number("8,5", InputSyntax.decimalComma(Locale.US))).isNull();
    }
}
