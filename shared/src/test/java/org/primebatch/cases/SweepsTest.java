package org.primebatch.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;

class SweepsTest {
    private static List<Sweep> sweeps(String... specs) {
        return Arrays.stream(specs).map(Sweep::parse).toList();
    }

    private static List<String> names(CaseTable table) {
        return table.cases().stream().map(CaseInput::name).toList();
    }

    @Test
    void productVariesTheFirstSweepSlowest() {
        CaseTable table = Sweeps.expand(null, sweeps("L=2..3 m", "w=10,20,30 kN/m"), Combine.PRODUCT, 100);

        assertThat(table.columns()).containsExactly(new Column("L", "m"), new Column("w", "kN/m"));
        assertThat(names(table)).containsExactly(
                "L=2 m w=10 kN/m", "L=2 m w=20 kN/m", "L=2 m w=30 kN/m",
                "L=3 m w=10 kN/m", "L=3 m w=20 kN/m", "L=3 m w=30 kN/m");
        assertThat(table.cases().get(4).inputs()).isEqualTo(Map.of(
                "L", CaseValue.of(3, "m"), "w", CaseValue.of(20, "kN/m")));
    }

    @Test
    void zipTakesTheSweepsElementByElement() {
        CaseTable table = Sweeps.expand(null, sweeps("L=2..4", "name=a,b,c"), Combine.ZIP, 100);

        assertThat(names(table)).containsExactly("L=2 name=a", "L=3 name=b", "L=4 name=c");
        assertThat(table.cases().get(2).inputs()).isEqualTo(Map.of("L", CaseValue.of(4, null), "name", CaseValue.of("c")));
    }

    @Test
    void zipNamesTheLengthsThatDiffer() {
        assertThatThrownBy(() -> Sweeps.expand(null, sweeps("L=1..5", "w=1,2,3", "n=7"), Combine.ZIP, 100))
                .isInstanceOf(SweepException.class)
                .hasMessage("zipped sweeps must be equally long: L has 5 values, w has 3 values, n has 1 value");
    }

    @Test
    void everyBaseRowMeetsEverySweepCombinationInBaseOrder() {
        CaseTable base = new CaseTable(List.of(new Column("h", "mm")), List.of(
                new CaseInput("beam-3", Map.of("h", CaseValue.of(300, "mm"))),
                new CaseInput(null, Map.of("h", CaseValue.of(400, "mm")))));

        CaseTable table = Sweeps.expand(base, sweeps("L=2,4 m", "w=10 kN/m"), Combine.PRODUCT, 100);

        assertThat(table.columns()).containsExactly(new Column("h", "mm"), new Column("L", "m"), new Column("w", "kN/m"));
        assertThat(names(table)).containsExactly(
                "beam-3 L=2 m w=10 kN/m", "beam-3 L=4 m w=10 kN/m", "L=2 m w=10 kN/m", "L=4 m w=10 kN/m");
        assertThat(table.cases().get(3).inputs()).isEqualTo(Map.of(
                "h", CaseValue.of(400, "mm"), "L", CaseValue.of(4, "m"), "w", CaseValue.of(10, "kN/m")));
    }

    @Test
    void emptyBaseGivesNoCases() {
        CaseTable base = new CaseTable(List.of(new Column("h", null)), List.of());

        CaseTable table = Sweeps.expand(base, sweeps("L=0..1e12"), Combine.PRODUCT, 10);

        assertThat(table.cases()).isEmpty();
        assertThat(table.columns()).containsExactly(new Column("h", null), new Column("L", null));
    }

    @Test
    void noSweepsLeaveTheBaseAsItIs() {
        CaseTable base = new CaseTable(List.of(new Column("h", null)), List.of(new CaseInput("a", Map.of())));

        assertThat(Sweeps.expand(base, List.of(), Combine.PRODUCT)).isSameAs(base);
        assertThatThrownBy(() -> Sweeps.expand(null, List.of(), Combine.PRODUCT)).isInstanceOf(SweepException.class)
                .hasMessage("no sweeps and no case table: nothing to make cases from");
    }

    @Test
    void refusesTooManyCasesBeforeMakingAny() {
        assertThatThrownBy(() -> Sweeps.expand(null, sweeps("a=1..1000", "b=1..1000", "c=1..1000"), Combine.PRODUCT))
                .isInstanceOf(SweepException.class)
                .hasMessage("the sweeps make 1000000000 cases, more than the limit of 1000000");
        assertThatThrownBy(() -> Sweeps.expand(null, sweeps("a=0..1e15", "b=0..1e15"), Combine.PRODUCT, 5))
                .hasMessage("the sweeps make 1000000000000002000000000000001 cases, more than the limit of 5");
    }

    @Test
    void limitCountsBaseRowsTimesCombinations() {
        CaseTable base = new CaseTable(List.of(), List.of(new CaseInput("a", Map.of()), new CaseInput("b", Map.of())));

        assertThatThrownBy(() -> Sweeps.expand(base, sweeps("x=1..3", "y=1,2"), Combine.PRODUCT, 11))
                .isInstanceOf(SweepException.class)
                .hasMessage("2 table rows × 6 sweep combinations make 12 cases, more than the limit of 11");
        assertThat(Sweeps.expand(base, sweeps("x=1..3", "y=1,2"), Combine.PRODUCT, 12).cases()).hasSize(12);
    }

    @Test
    void refusesASweepOfAColumnTheBaseHas() {
        CaseTable base = new CaseTable(List.of(new Column("L", "m")), List.of());

        assertThatThrownBy(() -> Sweeps.expand(base, sweeps("L=1..2 m"), Combine.PRODUCT))
                .isInstanceOf(SweepException.class)
                .hasMessage("sweep of L: the case table has a column L already; sweep another input or drop the column");
    }

    @Test
    void refusesTwoSweepsOfOneAlias() {
        assertThatThrownBy(() -> Sweeps.expand(null, sweeps("L=1..2", "L=5,6"), Combine.ZIP))
                .isInstanceOf(SweepException.class)
                .hasMessage("two sweeps of L; sweep each input once");
    }
}
