package org.primebatch.mcdx.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.math.Scalar;
import org.primebatch.mcdx.units.Dimension;
import org.primebatch.mcdx.report.ReportCase;
import org.primebatch.mcdx.report.ReportLine;
import org.primebatch.mcdx.report.ReportRow;

class ReportCaseBuilderTest {
    @Test
    void beamInputsShowInTheirTypedUnitsAndOutputsInTheirDisplayUnits() {
        ReportCase report = WorksheetRun.of(WorksheetRun.beam(), Map.of()).reportCase("span 6 m");

        assertThat(report.worksheetName()).isEqualTo("beam");
        assertThat(report.caseName()).isEqualTo("span 6 m");
        assertThat(report.engineName()).isEqualTo("native");
        assertThat(report.inputs()).containsExactly(
                new ReportRow("L", "6", "m"),
                new ReportRow("w", "12", "kN/m"),
                new ReportRow("E", "210", "GPa"),
                new ReportRow("I", "8356", "cm⁴"));
        assertThat(report.outputs()).extracting(ReportRow::name)
                .containsExactly("M_max", "delta_max (δ_max)", "sigma (σ)", "utilisation");
        assertThat(report.outputs().get(0)).isEqualTo(new ReportRow("M_max", "54", "kN·m"));
        assertThat(report.outputs().get(1).unit()).isEqualTo("mm");
        assertThat(report.outputs().get(1).value()).startsWith("11.5");
        assertThat(report.regions()).extracting(ReportLine::math)
                .contains("M_max := w·L²/8 = 54 kN·m", "I := 8356 cm⁴")
                .anySatisfy(line -> assertThat(line).startsWith("δ_max := 5·w·L⁴/(384·E·I) = 11.5").endsWith(" mm"));
        assertThat(report.regions()).allSatisfy(line -> assertThat(line.status()).isEqualTo(ReportLine.Status.COMPUTED));
    }

    @Test
    void aCaseInputReplacesTheWorksheetValueAndSaysSo() {
        Scalar eight = new Scalar(8, Dimension.LENGTH);
        ReportCase report = WorksheetRun.of(WorksheetRun.beam(), Map.of("L", eight)).reportCase("span 8 m");

        assertThat(report.inputs().get(0)).isEqualTo(new ReportRow("L", "8", "m"));
        assertThat(report.regions().get(0)).isEqualTo(ReportLine.computed("L := 8 m", "case input; the worksheet has 6 m"));
        assertThat(report.outputs().get(0)).isEqualTo(new ReportRow("M_max", "96", "kN·m"));
    }

    @Test
    void numbersKeepSixSignificantDigits() {
        assertThat(NumberText.of(54)).isEqualTo("54");
        assertThat(NumberText.of(0.011539865)).isEqualTo("0.0115399");
        assertThat(NumberText.of(-2.5e-7)).isEqualTo("-2.5×10⁻⁷");
        assertThat(NumberText.of(123456789)).isEqualTo("1.23457×10⁸");
        assertThat(ShownUnit.si(Dimension.of(1, 1, -2, 0, 0, 0, 0)).text()).isEqualTo("N");
        assertThat(ShownUnit.si(Dimension.of(4, 0, 0, 0, 0, 0, 0)).text()).isEqualTo("m⁴");
    }
}
