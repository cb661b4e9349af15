package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class ComplexNumbersTest {
    private static final Dimension NONE = Dimension.NONE;

    private static ComplexScalar z(double re, double im) {
        return new ComplexScalar(re, im, NONE);
    }

    private static void assertComplex(Value v, double re, double im) {
        assertThat(v).isInstanceOf(ComplexScalar.class);
        ComplexScalar c = (ComplexScalar) v;
        assertThat(c.re()).isCloseTo(re, within(1e-15 * Math.max(1, Math.abs(re))));
        assertThat(c.im()).isCloseTo(im, within(1e-15 * Math.max(1, Math.abs(im))));
    }

    @Test
    void imaginaryLiterals() {
        assertThat(ComplexScalar.imaginary(2)).isEqualTo(z(0, 2));
        assertThat(ComplexScalar.imaginary(2).kind()).isEqualTo("a complex number");
        assertThat(z(3, -4)).hasToString("3.0 - 4.0i");
    }

    @Test
    void theFourOperations() {
        assertThat(ComplexArithmetic.add(z(3, 4), z(1, -2))).isEqualTo(z(4, 2));
        assertThat(ComplexArithmetic.subtract(z(3, 4), Scalar.of(3))).isEqualTo(z(0, 4));
        assertThat(ComplexArithmetic.multiply(z(3, 4), z(1, -2))).isEqualTo(z(11, -2));
        assertThat(ComplexArithmetic.divide(z(3, 4), z(1, -2))).isEqualTo(z(-1, 2));
        assertThat(ComplexArithmetic.negate(z(3, 4))).isEqualTo(z(-3, -4));
        assertThatThrownBy(() -> ComplexArithmetic.divide(z(3, 4), z(0, 0))).isInstanceOf(MathError.class);
    }

    @Test
    void aZeroImaginaryPartMakesARealNumber() {
        assertThat(ComplexArithmetic.multiply(z(1, 2), z(1, -2))).isEqualTo(Scalar.of(5));
        assertThat(ComplexArithmetic.multiply(ComplexScalar.imaginary(1), ComplexScalar.imaginary(1)))
                .isEqualTo(Scalar.of(-1));
        assertThat(ComplexArithmetic.power(ComplexScalar.imaginary(1), Scalar.of(2))).isEqualTo(Scalar.of(-1));
        // but a zero real part stays complex: Mathcad stores e^(πi) + 1 as an imaginary number
        Value euler = ComplexArithmetic.add(ComplexFunctions.exp(ComplexArithmetic.multiply(ComplexScalar.imaginary(1),
                Scalar.of(Math.PI))), Scalar.of(1));
        assertThat(euler).isEqualTo(z(0, Math.sin(Math.PI)));
    }

    @Test
    void powersTakeThePrincipalValue() {
        // (-8)^(1/3) is 1 + √3·i, not -2 (which the n-th root operator gives)
        assertComplex(ComplexArithmetic.power(Scalar.of(-8), Scalar.of(1 / 3.0)), 1, Math.sqrt(3));
        assertThat(ComplexArithmetic.power(Scalar.of(-2), Scalar.of(3))).isEqualTo(Scalar.of(-8));
        assertThat(ComplexArithmetic.power(Scalar.of(2), Scalar.of(0.5))).isEqualTo(Scalar.of(Math.sqrt(2)));
        assertComplex(ComplexArithmetic.power(z(1, 1), Scalar.of(2)), 0, 2);
        // i^i = e^(-π/2)
        assertThat(ComplexArithmetic.power(ComplexScalar.imaginary(1), ComplexScalar.imaginary(1)))
                .isEqualTo(Scalar.of(Math.exp(-Math.PI / 2)));
        assertThatThrownBy(() -> ComplexArithmetic.power(Scalar.of(0), Scalar.of(-1))).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> ComplexArithmetic.power(z(0, 0), z(-1, 1))).isInstanceOf(MathError.class);
    }

    @Test
    void squareRootsAndLogarithmsOfNegativeNumbers() {
        assertThat(ComplexFunctions.sqrt(Scalar.of(-4))).isEqualTo(z(0, 2));
        assertThat(ComplexFunctions.sqrt(Scalar.of(4))).isEqualTo(Scalar.of(2));
        assertComplex(ComplexFunctions.sqrt(z(3, 4)), 2, 1);
        assertComplex(ComplexFunctions.sqrt(z(-3, -4)), 1, -2);
        // ln(-3) = ln 3 + πi, as Mathcad stores it
        assertThat(ComplexFunctions.ln(Scalar.of(-3))).isEqualTo(z(Math.log(3), Math.PI));
        assertThat(ComplexFunctions.ln(Scalar.of(Math.E))).isEqualTo(Scalar.of(1));
        assertComplex(ComplexFunctions.log(Scalar.of(-1)), 0, Math.PI / Math.log(10));
        assertThat(ComplexFunctions.log(Scalar.of(1000))).isEqualTo(Scalar.of(3));
        // log₂(-8) = 3 + πi/ln 2
        assertComplex(ComplexFunctions.log(Scalar.of(-8), Scalar.of(2)), 3, Math.PI / Math.log(2));
        assertThatThrownBy(() -> ComplexFunctions.ln(Scalar.of(0))).isInstanceOf(MathError.class);
        assertThatThrownBy(() -> ComplexFunctions.log(Scalar.of(5), Scalar.of(1))).isInstanceOf(MathError.class);
    }

    @Test
    void reImArgConjAndMagnitude() {
        assertThat(ComplexFunctions.re(z(3, 4))).isEqualTo(Scalar.of(3));
        assertThat(ComplexFunctions.im(z(3, 4))).isEqualTo(Scalar.of(4));
        assertThat(ComplexFunctions.im(Scalar.of(7))).isEqualTo(Scalar.of(0));
        assertThat(ComplexArithmetic.magnitude(z(3, 4))).isEqualTo(Scalar.of(5));
        assertThat(ComplexFunctions.conj(z(3, 4))).isEqualTo(z(3, -4));
        assertThat(ComplexFunctions.conj(Scalar.of(3))).isEqualTo(Scalar.of(3));
        assertThat(ComplexFunctions.arg(Scalar.of(-1)).si()).isEqualTo(Math.PI);
        assertThat(ComplexFunctions.arg(ComplexScalar.imaginary(-2)).si()).isEqualTo(-Math.PI / 2);
        assertThat(ComplexFunctions.arg(z(1, 1)).si()).isEqualTo(Math.PI / 4);
        assertThatThrownBy(() -> ComplexFunctions.arg(Scalar.of(0))).isInstanceOf(Unsupported.class);
    }

    @Test
    void unitsFollowTheRealRules() {
        ComplexScalar impedance = new ComplexScalar(2, 3, Dimension.LENGTH);
        assertThat(ComplexArithmetic.add(impedance, new Scalar(1, Dimension.LENGTH)))
                .isEqualTo(new ComplexScalar(3, 3, Dimension.LENGTH));
        // a zero without units adds to anything
        assertThat(ComplexArithmetic.add(Scalar.of(0), impedance)).isEqualTo(impedance);
        assertThat(ComplexArithmetic.multiply(ComplexScalar.imaginary(2), new Scalar(3, Dimension.TIME)))
                .isEqualTo(new ComplexScalar(0, 6, Dimension.TIME));
        assertThat(ComplexArithmetic.power(impedance, Scalar.of(2)))
                .isEqualTo(new ComplexScalar(-5, 12, Dimension.LENGTH.pow(2)));
        assertThat(ComplexFunctions.sqrt(new Scalar(-4, Dimension.LENGTH.pow(2))))
                .isEqualTo(new ComplexScalar(0, 2, Dimension.LENGTH));
        assertThat(ComplexFunctions.re(impedance)).isEqualTo(new Scalar(2, Dimension.LENGTH));
        assertThat(ComplexArithmetic.magnitude(new ComplexScalar(3, 4, Dimension.TIME)))
                .isEqualTo(new Scalar(5, Dimension.TIME));
        assertThatThrownBy(() -> ComplexArithmetic.add(impedance, new Scalar(1, Dimension.TIME)))
                .isInstanceOf(MathError.class).hasMessageContaining("units");
        assertThatThrownBy(() -> ComplexArithmetic.power(impedance, ComplexScalar.imaginary(1)))
                .isInstanceOf(MathError.class);
        assertThatThrownBy(() -> ComplexArithmetic.power(impedance, new Scalar(2, Dimension.TIME)))
                .isInstanceOf(MathError.class).hasMessageContaining("dimensionless");
        assertThatThrownBy(() -> ComplexFunctions.ln(new ComplexScalar(1, 1, Dimension.LENGTH)))
                .isInstanceOf(MathError.class).hasMessageContaining("dimensionless");
    }
}
