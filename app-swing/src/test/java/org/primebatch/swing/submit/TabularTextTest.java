package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TabularTextTest {
    @Test
    void rowsOfTabSeparatedCellsAsExcelCopiesThem() {
        assertThat(TabularText.parse("a\tb\r\n1\t2\r\n")).containsExactly(List.of("a", "b"), List.of("1", "2"));
        assertThat(TabularText.parse("1\t\t3")).containsExactly(List.of("1", "", "3"));
        assertThat(TabularText.parse("x\n\n")).containsExactly(List.of("x"));
        assertThat(TabularText.parse("  \n")).isEmpty();
    }

    @Test
    void quotedCellsHoldLineBreaksTabsAndQuotes() {
        assertThat(TabularText.parse("\"two\nlines\"\t\"say \"\"hi\"\"\"\n2\t3"))
                .containsExactly(List.of("two\nlines", "say \"hi\""), List.of("2", "3"));
    }
}
