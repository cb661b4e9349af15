package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrimeVersionTest {
    @Test
    void theMajorVersionIsTheWholeNumberBeforeTheFirstDot() {
        assertThat(PrimeVersion.parse("10.0.0.0").major()).isEqualTo(10);
        assertThat(PrimeVersion.parse("9.0.0.0").major()).isEqualTo(9);
        assertThat(PrimeVersion.parse("3.1.0.0").minor()).isEqualTo(1);
        assertThat(PrimeVersion.parse("10.0.0.0").atLeast(6)).isTrue();
        assertThat(PrimeVersion.parse("5.0.0.0").atLeast(6)).isFalse();
    }

    @Test
    void anUnreadableVersionIsZero() {
        assertThat(PrimeVersion.parse("").major()).isZero();
        assertThat(PrimeVersion.parse(null).major()).isZero();
        assertThat(PrimeVersion.parse("11 beta").major()).isEqualTo(11);
    }
}
