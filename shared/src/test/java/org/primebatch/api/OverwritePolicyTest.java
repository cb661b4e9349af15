package org.primebatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OverwritePolicyTest {
    @Test
    void choicesReadInAnyCaseAndBlankIsTheRefusingDefault() {
        assertThat(OverwritePolicy.parse("Replace")).isEqualTo(OverwritePolicy.REPLACE);
        assertThat(OverwritePolicy.parse(" keep ")).isEqualTo(OverwritePolicy.KEEP);
        assertThat(OverwritePolicy.parse("RENAME")).isEqualTo(OverwritePolicy.RENAME);
        assertThat(OverwritePolicy.parse(null)).isEqualTo(OverwritePolicy.REFUSE);
        assertThat(OverwritePolicy.parse("")).isEqualTo(OverwritePolicy.REFUSE);
    }

    @Test
    void batchesStoredWithTheEarlierWordsKeepWhatTheyMeant() {
        assertThat(OverwritePolicy.parse("overwrite")).isEqualTo(OverwritePolicy.REPLACE);
        assertThat(OverwritePolicy.parse("skip")).isEqualTo(OverwritePolicy.KEEP);
        assertThat(OverwritePolicy.parse("fail")).isEqualTo(OverwritePolicy.REFUSE);
    }

    @Test
    void anUnknownWordNamesTheChoices() {
        assertThatThrownBy(() -> OverwritePolicy.parse("clobber"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"clobber\"").hasMessageContaining("refuse, replace, keep, rename");
    }

    @Test
    void aSpecWithoutAChoiceRefusesAndWritesTheWord() {
        BatchSpec spec = new BatchSpec(null, "/w.mcdx", null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(spec.overwrite()).isEqualTo("refuse");
        assertThat(Json.write(OverwritePolicy.KEEP)).isEqualTo("\"keep\"");
    }
}
