package org.primebatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ResultCheckTest {
    private static final Map<String, CaseValue> OUTPUTS = Map.of(
            "utilisation", CaseValue.of(0.8, null), "sigma", CaseValue.of(240, "MPa"));

    @Test
    void everyComparisonMustHold() {
        assertThat(ResultCheck.parse("utilisation <= 1").verdict(ItemState.SUCCEEDED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.PASS);
        assertThat(ResultCheck.parse("utilisation <= 1 and sigma < 235 MPa").verdict(ItemState.SUCCEEDED, OUTPUTS))
                .isEqualTo(ResultCheck.Verdict.FAIL);
        assertThat(ResultCheck.parse("utilisation ≤ 0,8").verdict(ItemState.SUCCEEDED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.PASS);
        assertThat(ResultCheck.parse("utilisation > 0.8").verdict(ItemState.SUCCEEDED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.FAIL);
    }

    @Test
    void aCaseWithoutResultsOrInAnotherUnitHasNoVerdict() {
        ResultCheck check = ResultCheck.parse("sigma < 235 kPa");
        assertThat(check.verdict(ItemState.SUCCEEDED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.NONE);
        assertThat(ResultCheck.parse("utilisation <= 1").verdict(ItemState.FAILED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.NONE);
        assertThat(ResultCheck.parse("missing <= 1").verdict(ItemState.SUCCEEDED, OUTPUTS)).isEqualTo(ResultCheck.Verdict.NONE);
    }

    @Test
    void blankIsNoCheckAndAnythingElseThatIsNotAComparisonIsRefused() {
        assertThat(ResultCheck.parse("  ")).isNull();
        assertThatThrownBy(() -> ResultCheck.parse("utilisation is fine"))
                .hasMessageContaining("is not a comparison").hasMessageContaining("utilisation <= 1");
        assertThatThrownBy(() -> ResultCheck.parse("x < 1e999")).hasMessageContaining("not a finite number");
    }

    @Test
    void itReadsBackInItsNormalForm() {
        ResultCheck check = ResultCheck.parse("utilisation<=1 && sigma<235 MPa");
        assertThat(check.display()).isEqualTo("utilisation <= 1 and sigma < 235 MPa");
        assertThat(check.limitsOn("sigma")).singleElement().extracting(ResultCheck.Limit::unit).isEqualTo("MPa");
    }
}
