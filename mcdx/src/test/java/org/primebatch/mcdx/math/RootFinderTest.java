package org.primebatch.mcdx.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.units.Dimension;

class RootFinderTest {
    private static final double TOL = 1e-3;
    private static final Dimension VOLT = Dimension.of(2, 1, -3, -1, 0, 0, 0);

    @Test
    void unbracketedRootsFromAGuessReachMachinePrecision() {
        Scalar sqrt2 = RootFinder.root(x -> Scalar.of(x.si() * x.si() - 2), Scalar.of(1), TOL);
        assertThat(sqrt2.si()).isCloseTo(Math.sqrt(2), within(1e-15));
        assertThat(sqrt2.isDimensionless()).isTrue();
        // the Dottie number, cos x = x
        Scalar dottie = RootFinder.root(x -> Scalar.of(Math.cos(x.si()) - x.si()), Scalar.of(0), TOL);
        assertThat(dottie.si()).isCloseTo(0.7390851332151607, within(1e-15));
        // the guess decides which root: x² - 1 from -3 gives -1
        assertThat(RootFinder.root(x -> Scalar.of(x.si() * x.si() - 1), Scalar.of(-3), TOL).si())
                .isCloseTo(-1, within(1e-15));
    }

    @Test
    void aGuessThatIsARootIsReturnedAsItIs() {
        Scalar guess = new Scalar(2, Dimension.LENGTH);
        assertThat(RootFinder.root(x -> new Scalar(x.si() - 2, Dimension.LENGTH), guess, TOL)).isSameAs(guess);
    }

    @Test
    void bracketedRootOfWallisCubic() {
        Scalar r = RootFinder.root(x -> Scalar.of(Math.pow(x.si(), 3) - 2 * x.si() - 5), Scalar.of(2), Scalar.of(3),
                TOL);
        assertThat(r.si()).isCloseTo(2.0945514815423265, within(1e-15));
        // the ends may be given in either order; a root at an end is that end
        assertThat(RootFinder.root(x -> Scalar.of(x.si() - 3), Scalar.of(3), Scalar.of(1), TOL).si()).isEqualTo(3);
    }

    @Test
    void rootsCarryTheUnitsOfTheGuessAndOfTheBracket() {
        // a capacitor charging through R = 1 kΩ into C = 1 µF reaches half its final voltage at t = RC·ln 2
        double rc = 1000 * 1e-6;
        ScalarFunction halfCharged = t -> new Scalar(10 * (1 - Math.exp(-t.si() / rc)) - 5, VOLT);
        Scalar t = RootFinder.root(halfCharged, new Scalar(1e-4, Dimension.TIME), TOL);
        assertThat(t.dimension()).isEqualTo(Dimension.TIME);
        assertThat(t.si()).isCloseTo(rc * Math.log(2), within(1e-18));
        Scalar bracketed = RootFinder.root(halfCharged, new Scalar(0, Dimension.TIME), new Scalar(0.01, Dimension.TIME),
                TOL);
        assertThat(bracketed.dimension()).isEqualTo(Dimension.TIME);
        assertThat(bracketed.si()).isCloseTo(rc * Math.log(2), within(1e-18));
        // x² = 4 m² gives x = 2 m
        Dimension area = Dimension.LENGTH.pow(2);
        Scalar side = RootFinder.root(x -> new Scalar(x.si() * x.si() - 4, area), new Scalar(1, Dimension.LENGTH), TOL);
        assertThat(side).isEqualTo(new Scalar(side.si(), Dimension.LENGTH));
        assertThat(side.si()).isCloseTo(2, within(1e-15));
    }

    @Test
    void unitMismatchesAreMathErrors() {
        assertThatThrownBy(() -> RootFinder.root(x -> Scalar.of(x.si()), new Scalar(-1, Dimension.LENGTH),
                new Scalar(1, Dimension.TIME), TOL)).isInstanceOf(MathError.class).hasMessageContaining("units");
        // a function whose units change from one point to the next
        assertThatThrownBy(() -> RootFinder.root(x -> new Scalar(x.si() - 0.5, x.si() > 1 ? Dimension.LENGTH
                : Dimension.TIME), Scalar.of(2), TOL)).isInstanceOf(MathError.class).hasMessageContaining("units");
        assertThatThrownBy(() -> RootFinder.root(x -> new Text("no"), Scalar.of(2), TOL))
                .isInstanceOf(MathError.class).hasMessageContaining("must return a number");
    }

    @Test
    void aFunctionWithoutRealRootsDoesNotConverge() {
        assertThatThrownBy(() -> RootFinder.root(x -> Scalar.of(x.si() * x.si() + 1), Scalar.of(1), TOL))
                .isInstanceOf(MathError.class).hasMessageStartingWith("root did not converge");
    }

    @Test
    void aBracketMustChangeSignAndHoldARootNotAPole() {
        assertThatThrownBy(() -> RootFinder.root(x -> Scalar.of(x.si() * x.si() + 1), Scalar.of(-1), Scalar.of(1),
                TOL)).isInstanceOf(MathError.class).hasMessageContaining("opposite signs");
        // 1/x changes sign across its pole at 0, where |f| never falls below TOL
        assertThatThrownBy(() -> RootFinder.root(x -> Scalar.of(1 / x.si()), Scalar.of(-1), Scalar.of(2), TOL))
                .isInstanceOf(MathError.class).hasMessageStartingWith("root did not converge");
    }

    @Test
    void rootIgnoresATolAboveItsCapOfOneHundredThousandth() {
        // 10¹²·(x² - 2) is at best 4.4e-4 on the doubles next to √2: below TOL = 1e-3, but not below root's 1e-5
        ScalarFunction steep = x -> Scalar.of(1e12 * (x.si() * x.si() - 2));
        assertThatThrownBy(() -> RootFinder.root(steep, Scalar.of(1), Scalar.of(2), 1e-3))
                .isInstanceOf(MathError.class).hasMessageStartingWith("root did not converge");
        // 10⁹·(x² - 2) gets to 4.4e-7 there, which is accepted
        assertThat(RootFinder.root(x -> Scalar.of(1e9 * (x.si() * x.si() - 2)), Scalar.of(1), Scalar.of(2), 1e-3).si())
                .isCloseTo(Math.sqrt(2), within(1e-15));
    }

    @Test
    void whereMathcadsIterationCouldFindAnotherRootTheCallIsRefused() {
        // sin has roots at 0, π and 2π between -1 and 7
        assertThatThrownBy(() -> RootFinder.root(x -> Scalar.of(Math.sin(x.si())), Scalar.of(-1), Scalar.of(7), TOL))
                .isInstanceOf(Unsupported.class).hasMessageContaining("several roots");
        // x - 5 with a narrow bump above zero at 2: the first secant step from 0 lands on 5, across two other roots
        ScalarFunction bumped = x -> Scalar.of(x.si() - 5 + 10 * Math.exp(-100 * (x.si() - 2) * (x.si() - 2)));
        assertThatThrownBy(() -> RootFinder.root(bumped, Scalar.of(0), TOL)).isInstanceOf(Unsupported.class)
                .hasMessageContaining("another root");
        // from 4 the root at 5 is the nearest
        assertThat(RootFinder.root(bumped, Scalar.of(4), TOL).si()).isEqualTo(5);
    }

    @Test
    void aFunctionWithComplexValuesIsRefused() {
        assertThatThrownBy(() -> RootFinder.root(x -> ComplexScalar.imaginary(x.si()), Scalar.of(1), TOL))
                .isInstanceOf(Unsupported.class);
    }
}
