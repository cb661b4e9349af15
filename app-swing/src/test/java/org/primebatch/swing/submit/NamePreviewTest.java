package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseInput;

class NamePreviewTest {
    private final CasesGridModel model = CasesGridModelTest.beamModel();

    @Test
    void namesFollowTheTemplateWithAPerExportFileAndACounterForRepeats() {
        model.paste(TabularText.parse("B1\t6\nB1\t5.5\n\t7\nA/B:C\t3"), 0, 0);
        List<CaseInput> cases = model.caseRows().cases();
        assertThat(NamePreview.of("{case}", "beam", cases, List.of("pdf", "mcdx"), 5))
                .extracting(NamePreview.CaseNames::names)
                .containsExactly(List.of("B1.pdf", "B1.mcdx"), List.of("B1_2.pdf", "B1_2.mcdx"), List.of("3.pdf", "3.mcdx"),
                        List.of("A_B_C.pdf", "A_B_C.mcdx"));
        assertThat(NamePreview.of("{worksheet}-{seq}_L{L}", "beam", cases, List.of(), 2))
                .extracting(NamePreview.CaseNames::names)
                .containsExactly(List.of("beam-1_L6"), List.of("beam-2_L5.5"));
    }

    @Test
    void aBrokenTemplateSaysWhatIsWrong() {
        assertThatThrownBy(() -> NamePreview.of("{case", "beam", List.of(), List.of(), 5)).hasMessageContaining("unclosed {");
        assertThatThrownBy(() -> NamePreview.of("{1x}", "beam", List.of(), List.of(), 5)).hasMessageContaining("unknown placeholder {1x}");
    }
}
