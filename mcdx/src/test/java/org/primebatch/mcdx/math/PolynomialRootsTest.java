package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class PolynomialRootsTest {
    private static Matrix coefficients(double... lowToHigh) {
        Value[] v = new Value[lowToHigh.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Scalar.of(lowToHigh[i]);
        }
        return Matrix.column(v);
    }

    private static double real(Matrix roots, int i) {
        return ((Scalar) roots.get(i, 0)).si();
    }

    @Test
    void realRootsOfACubicAreARealVectorInAscendingOrder() {
        // (x - 1)(x - 2)(x - 3) = -6 + 11x - 6x² + x³
        Matrix roots = PolynomialRoots.polyroots(coefficients(-6, 11, -6, 1));
        assertThat(roots.rows()).isEqualTo(3);
        assertThat(roots.elements()).allMatch(Scalar.class::isInstance);
        assertThat(real(roots, 0)).isCloseTo(1, within(1e-14));
        assertThat(real(roots, 1)).isCloseTo(2, within(1e-14));
        assertThat(real(roots, 2)).isCloseTo(3, within(1e-14));
    }

    @Test
    void complexRootsComeAsExactConjugatePairs() {
        // x² + 1
        Matrix i = PolynomialRoots.polyroots(coefficients(1, 0, 1));
        assertThat(i.get(0, 0)).isEqualTo(new ComplexScalar(0, -1, Dimension.NONE));
        assertThat(i.get(1, 0)).isEqualTo(new ComplexScalar(0, 1, Dimension.NONE));
        // x³ - 2x² + 3x = x(x² - 2x + 3): 0 and 1 ± i√2, real and complex elements mixed
        Matrix mixed = PolynomialRoots.polyroots(coefficients(0, 3, -2, 1));
        assertThat(mixed.get(0, 0)).isEqualTo(Scalar.of(0));
        ComplexScalar lower = (ComplexScalar) mixed.get(1, 0);
        ComplexScalar upper = (ComplexScalar) mixed.get(2, 0);
        assertThat(lower.re()).isCloseTo(1, within(1e-15));
        assertThat(lower.im()).isCloseTo(-Math.sqrt(2), within(1e-15));
        assertThat(upper.re()).isEqualTo(lower.re());
        assertThat(upper.im()).isEqualTo(-lower.im());
    }

    @Test
    void aDoubleRootIsTwiceTheSameRealNumber() {
        // (x - 1)² = 1 - 2x + x²
        Matrix roots = PolynomialRoots.polyroots(coefficients(1, -2, 1));
        assertThat(roots.elements()).allMatch(Scalar.class::isInstance);
        assertThat(real(roots, 0)).isCloseTo(1, within(1e-7));
        assertThat(real(roots, 1)).isCloseTo(1, within(1e-7));
    }

    @Test
    void higherZeroCoefficientsLowerTheDegree() {
        Matrix roots = PolynomialRoots.polyroots(coefficients(-6, 11, -6, 1, 0, 0));
        assertThat(roots.rows()).isEqualTo(3);
        assertThat(real(roots, 2)).isCloseTo(3, within(1e-14));
    }

    @Test
    void theRootsOneToTenOfAWilkinsonPolynomial() {
        // ∏(x - k), k = 1..10, expanded
        double[] c = {1};
        for (int k = 1; k <= 10; k++) {
            double[] next = new double[c.length + 1];
            for (int j = 0; j < c.length; j++) {
                next[j] -= k * c[j];
                next[j + 1] += c[j];
            }
            c = next;
        }
        Matrix roots = PolynomialRoots.polyroots(coefficients(c));
        for (int k = 1; k <= 10; k++) {
            assertThat(real(roots, k - 1)).isCloseTo(k, within(1e-9 * k));
        }
    }

    @Test
    void complexCoefficients() {
        // (x - i)(x - 2) = 2i - (2 + i)x + x²
        Matrix roots = PolynomialRoots.polyroots(Matrix.column(ComplexScalar.imaginary(2),
                new ComplexScalar(-2, -1, Dimension.NONE), Scalar.of(1)));
        ComplexScalar i = (ComplexScalar) roots.get(0, 0);
        assertThat(i.re()).isCloseTo(0, within(1e-15));
        assertThat(i.im()).isCloseTo(1, within(1e-15));
        assertThat(ComplexArithmetic.complex(roots.get(1, 0), "").re()).isCloseTo(2, within(1e-15));
        assertThat(ComplexArithmetic.complex(roots.get(1, 0), "").im()).isCloseTo(0, within(1e-15));
    }

    @Test
    void rootsTakeTheUnitsThatMakeEveryTermAlike() {
        // -4 m² + 0·x + x² = 0 gives x = ±2 m
        Dimension area = Dimension.LENGTH.pow(2);
        Matrix roots = PolynomialRoots.polyroots(Matrix.column(new Scalar(-4, area), Scalar.of(0), Scalar.of(1)));
        assertThat(roots.get(0, 0)).isInstanceOf(Scalar.class);
        assertThat(((Scalar) roots.get(0, 0)).dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(real(roots, 0)).isCloseTo(-2, within(1e-15));
        assertThat(real(roots, 1)).isCloseTo(2, within(1e-15));
        // 6 N - 5 N/m·x + 1 N/m²·x²: roots 2 m and 3 m
        Dimension newton = Dimension.of(1, 1, -2, 0, 0, 0, 0);
        Matrix scaled = PolynomialRoots.polyroots(Matrix.column(new Scalar(6, newton),
                new Scalar(-5, newton.over(Dimension.LENGTH)), new Scalar(1, newton.over(area))));
        assertThat(((Scalar) scaled.get(1, 0)).dimension()).isEqualTo(Dimension.LENGTH);
        assertThat(real(scaled, 1)).isCloseTo(3, within(1e-14));
        assertThatThrownBy(() -> PolynomialRoots.polyroots(Matrix.column(new Scalar(6, newton), Scalar.of(-5),
                Scalar.of(1)))).isInstanceOf(MathError.class).hasMessageContaining("units");
    }

    @Test
    void whatIsNotAPolynomialIsAMathError() {
        assertThatThrownBy(() -> PolynomialRoots.polyroots(Scalar.of(1))).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> PolynomialRoots.polyroots(Matrix.ofRows(new double[][] {{1, 2, 3}})))
                .isInstanceOf(MathError.class).hasMessageContaining("vector");
        assertThatThrownBy(() -> PolynomialRoots.polyroots(coefficients(5))).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> PolynomialRoots.polyroots(coefficients(5, 0, 0)))
                .isInstanceOf(MathError.class).hasMessageContaining("degree");
        assertThatThrownBy(() -> PolynomialRoots.polyroots(coefficients(new double[100])))
                .isInstanceOf(MathError.class).hasMessageContaining("99");
    }
}
