package org.primebatch.mcdx.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.math.DisplayUnit;
import org.primebatch.mcdx.math.Matrix;
import org.primebatch.mcdx.math.RangeValue;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.math.Text;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.units.UnitSystem;

class StoredFormTest {
    private static final Dimension FORCE = Dimension.of(1, 1, -2, 0, 0, 0, 0);
    private static final Dimension MOMENT = Dimension.of(2, 1, -2, 0, 0, 0, 0);
    private static final MathMarkup ML = MathMarkup.withPrefixes("ml", "u");
    private static final StoredForm SI = new StoredForm(ML, UnitSystem.SI);
    private static final StoredForm US = new StoredForm(ML, UnitSystem.USCS);
    private static final String NEWTON = "<u:unitReference unit=\"newton\" power-numerator=\"1\" power-denominator=\"1\" />";

    @Test
    void dimensionlessNumbersAreBare() {
        assertThat(SI.of(Scalar.of(0.5), Optional.empty())).contains("<ml:real>0.5</ml:real>");
    }

    @Test
    void numbersWithoutADisplayUnitAreInBaseUnits() {
        assertThat(SI.of(new Scalar(1200, FORCE), Optional.empty())).contains("<ml:unitedValue><ml:real>1200</ml:real>"
                + "<u:unitMonomial>" + NEWTON + "</u:unitMonomial></ml:unitedValue>");
        assertThat(US.of(new Scalar(0.3048, Dimension.LENGTH), Optional.empty())).contains("<ml:unitedValue>"
                + "<ml:real>1</ml:real><u:unitMonomial><u:unitReference unit=\"foot\" power-numerator=\"1\" "
                + "power-denominator=\"1\" /></u:unitMonomial></ml:unitedValue>");
    }

    @Test
    void aMatchingDisplayUnitGivesABareNumberInIt() {
        DisplayUnit kNm = new DisplayUnit("kN·m", 1000, 0, MOMENT);
        assertThat(SI.of(new Scalar(54000, MOMENT), Optional.of(kNm))).contains("<ml:real>54</ml:real>");
        DisplayUnit celsius = new DisplayUnit("°C", 1, 273.15, Dimension.TEMPERATURE);
        assertThat(SI.of(new Scalar(293.15, Dimension.TEMPERATURE), Optional.of(celsius)))
                .contains("<ml:real>20</ml:real>");
    }

    @Test
    void anotherDisplayUnitLeavesAMonomialOver() {
        DisplayUnit kN = new DisplayUnit("kN", 1000, 0, FORCE);
        assertThat(SI.of(new Scalar(54000, MOMENT), Optional.of(kN))).contains("<ml:unitedValue><ml:real>54</ml:real>"
                + "<u:unitMonomial><u:unitReference unit=\"meter\" power-numerator=\"1\" power-denominator=\"1\" />"
                + "</u:unitMonomial></ml:unitedValue>");
    }

    @Test
    void matricesOfOneUnitAreWrappedOnce() {
        Matrix forces = new Matrix(2, 1, List.of(new Scalar(1, FORCE), new Scalar(2.5, FORCE)));
        assertThat(SI.of(forces, Optional.empty())).contains("<ml:unitedValue><ml:matrix rows=\"2\" cols=\"1\">"
                + "<ml:real>1</ml:real><ml:real>2.5</ml:real></ml:matrix><u:unitMonomial>" + NEWTON
                + "</u:unitMonomial></ml:unitedValue>");
        Matrix withZero = new Matrix(2, 1, List.of(Scalar.ZERO, new Scalar(2.5, FORCE)));
        assertThat(SI.of(withZero, Optional.empty()).orElseThrow()).startsWith("<ml:unitedValue><ml:matrix");
    }

    @Test
    void mixedMatricesHoldEachElementInItsForm() {
        Matrix mixed = new Matrix(1, 3, List.of(Scalar.of(1), new Scalar(2, FORCE), new Text("a&b")));
        assertThat(SI.of(mixed, Optional.empty())).contains("<ml:matrix rows=\"1\" cols=\"3\"><ml:real>1</ml:real>"
                + "<ml:unitedValue><ml:real>2</ml:real><u:unitMonomial>" + NEWTON + "</u:unitMonomial></ml:unitedValue>"
                + "<ml:str>a&amp;b</ml:str></ml:matrix>");
    }

    @Test
    void valuesWithoutAStoredFormAreEmpty() {
        assertThat(SI.of(new RangeValue(1, 1, 3, Dimension.NONE), Optional.empty())).isEmpty();
        assertThat(SI.of(Scalar.of(Double.NaN), Optional.empty())).isEmpty();
        assertThat(new StoredForm(ML, null).of(new Scalar(1, FORCE), Optional.empty())).isEmpty();
    }
}
