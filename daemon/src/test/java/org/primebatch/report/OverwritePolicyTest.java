package org.primebatch.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.primebatch.api.Json;

class OverwritePolicyTest {
    @Test
    void parsesEachPolicyInAnyCase() {
        assertThat(OverwritePolicy.parse("overwrite")).isEqualTo(OverwritePolicy.OVERWRITE);
        assertThat(OverwritePolicy.parse("Skip")).isEqualTo(OverwritePolicy.SKIP);
        assertThat(OverwritePolicy.parse(" FAIL ")).isEqualTo(OverwritePolicy.FAIL);
    }

    @Test
    void unknownPolicyNamesTheChoices() {
        assertThatThrownBy(() -> OverwritePolicy.parse("replace"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown overwrite policy \"replace\"; use overwrite, skip, fail");
        assertThatThrownBy(() -> OverwritePolicy.parse(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("use overwrite, skip, fail");
    }

    @Test
    void travelsAsItsWordInJson() {
        assertThat(Json.write(OverwritePolicy.SKIP)).isEqualTo("\"skip\"");
    }
}
