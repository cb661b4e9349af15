package org.primebatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DesignationNamesTest {
    @Test
    void namesAreStrippedAndRepeatsDropped() {
        DesignationNames names = DesignationNames.of(Arrays.asList(" W_P ", "W_P", "", null, "ϕ"), null);
        assertThat(names.inputs()).containsExactly("W_P", "ϕ");
        assertThat(names.outputs()).isEmpty();
        assertThat(names.display()).isEqualTo("inputs W_P, ϕ");
        assertThat(DesignationNames.NONE.isEmpty()).isTrue();
    }

    @Test
    void namesThatCannotBeVariablesOrAreBothInputAndOutputAreProblems() {
        DesignationNames names = DesignationNames.of(List.of("L", "2x"), List.of("L", "M max"));
        assertThat(names.problems()).containsExactly(
                "input '2x' is not a variable name (" + InputSyntax.ALIAS_RULE + ")",
                "'L' is named both as an input and as an output",
                "output 'M max' is not a variable name (" + InputSyntax.ALIAS_RULE + ")");
    }

    @Test
    void aSpecCarriesItsNamesInJsonAndLeavesThemOutWhenThereAreNone() {
        BatchSpec plain = new BatchSpec(null, "/w/sheet.mcdx", "native", null, null, null, null, null, null, null, null, null, null, null);
        assertThat(Json.tree(plain).has("designate")).isFalse();
        assertThat(Json.convert(Json.tree(plain), BatchSpec.class).designate()).isEqualTo(DesignationNames.NONE);

        BatchSpec named = plain.withDesignate(DesignationNames.of(List.of("f_cd"), List.of("c_eff")));
        assertThat(Json.tree(named).get("designate").toString()).isEqualTo("{\"inputs\":[\"f_cd\"],\"outputs\":[\"c_eff\"]}");
        assertThat(Json.convert(Json.tree(named), BatchSpec.class)).isEqualTo(named);
        assertThat(named.withOutput("/out", "keep").designate()).isEqualTo(named.designate());
    }
}
