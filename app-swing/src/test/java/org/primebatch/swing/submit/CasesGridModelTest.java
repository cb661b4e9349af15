package org.primebatch.swing.submit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primebatch.api.CaseInput;
import org.primebatch.api.CaseValue;
import org.primebatch.api.ErrorCode;
import org.primebatch.api.Json;
import org.primebatch.api.RpcException;
import org.primebatch.api.ValueKind;
import org.primebatch.cases.Column;

class CasesGridModelTest {
    private final CasesGridModel model = beamModel();

    static CasesGridModel beamModel() {
        return beamModel(Locale.ROOT);
    }

    static CasesGridModel beamModel(Locale locale) {
        CasesGridModel model = new CasesGridModel(locale);
        model.setInputs(List.of(
                new InputColumn("L", ValueKind.REAL, "m"),
                new InputColumn("w", ValueKind.REAL, "kN/m"),
                new InputColumn("E", ValueKind.REAL, "GPa"),
                new InputColumn("I", ValueKind.REAL, "cm^4")));
        return model;
    }

    @Test
    void columnsAreTheCaseNameThenTheInputsWithTheWorksheetsUnits() {
        assertThat(model.getColumnCount()).isEqualTo(5);
        assertThat(model.getColumnName(0)).isEqualTo("case");
        assertThat(model.getColumnName(1)).isEqualTo("L");
        assertThat(model.unit(0)).isEqualTo("m");
        assertThat(model.unitsModel().getValueAt(0, 2)).isEqualTo("kN/m");
        assertThat(model.unitsModel().isCellEditable(0, 0)).isFalse();
        model.unitsModel().setValueAt("mm", 0, 1);
        assertThat(model.unit(0)).isEqualTo("mm");
    }

    @Test
    void pasteAtACellGrowsTheRowsAndLeavesOutColumnsPastTheLast() {
        model.addRow();
        PasteResult result = model.paste(TabularText.parse("6\t12\n5.5\t6\n3.5\t28\n"), 0, 1);
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.header()).isFalse();
        assertThat(model.getRowCount()).isEqualTo(3);
        assertThat(model.getValueAt(2, 1)).isEqualTo("3.5");
        assertThat(model.getValueAt(2, 2)).isEqualTo("28");
        assertThat(model.getValueAt(2, 0)).isEqualTo("");

        PasteResult wide = model.paste(TabularText.parse("1\t2\t3"), 0, 3);
        assertThat(wide.ignoredColumns()).containsExactly("pasted column 3");
        assertThat(model.getValueAt(0, 3)).isEqualTo("1");
        assertThat(model.getValueAt(0, 4)).isEqualTo("2");
    }

    @Test
    void aFirstLineOfAliasesIsAHeaderThatPlacesColumnsAndSetsUnits() {
        PasteResult result = model.paste(TabularText.parse("case\tw [N/m]\tL\tcolour\nB1\t12000\t6\tred\nB2\t6000\t5.5\tblue\n"), 0, 3);
        assertThat(result.header()).isTrue();
        assertThat(result.rows()).isEqualTo(2);
        assertThat(result.ignoredColumns()).containsExactly("colour");
        assertThat(model.getValueAt(1, 0)).isEqualTo("B2");
        assertThat(model.getValueAt(1, 1)).isEqualTo("5.5");
        assertThat(model.getValueAt(1, 2)).isEqualTo("6000");
        assertThat(model.unit(1)).isEqualTo("N/m");
        assertThat(model.unit(0)).isEqualTo("m");
    }

    @Test
    void rowsBecomeCasesWithTheColumnUnitsAndBlankCellsKeepTheWorksheetsValue() {
        model.paste(TabularText.parse("B1\t6\t\t210\t8356\n\t\t\t\t\nB3\t7 mm\tabc\t[1, 2; 3, 4]\t1e3"), 0, 0);
        CaseRows rows = model.caseRows();
        assertThat(rows.rows()).containsExactly(0, 2);
        CaseInput first = rows.cases().get(0);
        assertThat(first.name()).isEqualTo("B1");
        assertThat(first.inputs()).containsOnlyKeys("L", "E", "I");
        assertThat(first.inputs().get("L")).isEqualTo(new CaseValue(Json.MAPPER.getNodeFactory().numberNode(6L), "m"));
        CaseInput third = rows.cases().get(1);
        assertThat(third.inputs().get("L").unit()).isEqualTo("mm");
        assertThat(third.inputs().get("w").kind()).isEqualTo(ValueKind.STRING);
        assertThat(third.inputs().get("E").kind()).isEqualTo(ValueKind.MATRIX);
        assertThat(third.inputs().get("I").value().asDouble()).isEqualTo(1000.0);
        assertThat(rows.rowOfCase(2)).isEqualTo(2);
    }

    @Test
    void casesPutIntoTheGridTakeTheirUnitsOrCarryThemWhenAdded() {
        model.putCases(List.of(new Column("L", "mm"), new Column("x", null)),
                List.of(new CaseInput("a", Map.of("L", CaseValue.of(6000, "mm")))), true);
        assertThat(model.unit(0)).isEqualTo("mm");
        assertThat(model.getValueAt(0, 1)).isEqualTo("6000");
        List<String> ignored = model.putCases(List.of(new Column("L", "m"), new Column("x", null)),
                List.of(new CaseInput("b", Map.of("L", CaseValue.of(5.5, "m")))), false);
        assertThat(ignored).containsExactly("x");
        assertThat(model.getRowCount()).isEqualTo(2);
        assertThat(model.getValueAt(1, 1)).isEqualTo("5.5 m");
        assertThat(model.caseRows().cases().get(1).inputs().get("L")).isEqualTo(CaseValue.of(5.5, "m"));
    }

    @Test
    void newInputsKeepTheCellsAndUnitsOfAliasesThatStay() {
        model.paste(TabularText.parse("B1\t6\t12"), 0, 0);
        model.setUnit(0, "mm");
        model.setInputs(List.of(new InputColumn("w", ValueKind.REAL, "kN/m"), new InputColumn("L", ValueKind.REAL, "m")));
        assertThat(model.getValueAt(0, 0)).isEqualTo("B1");
        assertThat(model.getValueAt(0, 1)).isEqualTo("12");
        assertThat(model.getValueAt(0, 2)).isEqualTo("6");
        assertThat(model.unit(1)).isEqualTo("mm");
    }

    @Test
    void theDaemonsProblemsLandOnTheirCellsAndEditingACellClearsItsMark() {
        model.paste(TabularText.parse("B1\t6\nB2\t\n\t\t\t\t\nB4\tabc"), 0, 0);
        CaseRows sent = model.caseRows();
        var cells = Json.MAPPER.createArrayNode();
        cells.add(Json.object().put("case", 3).put("input", "L").put("message", "the input L takes a number, not a string"));
        cells.add(Json.object().put("case", 2).put("input", "w")
                .put("message", "unit 'kg' (mass) does not fit the input w in kN/m (force/length)"));
        cells.add(Json.object().put("case", 9).put("input", "L").put("message", "a case the grid no longer has"));
        var data = Json.object();
        data.set("cells", cells);
        RpcException refused = new RpcException(ErrorCode.INVALID_CASES, "…", data);
        CellProblems problems = CellProblems.of(refused, sent, model);
        assertThat(problems.cells()).containsOnlyKeys(new GridCell(3, 1), new GridCell(1, 2));
        assertThat(problems.listed()).containsExactly(
                "Row 4, L: the input L takes a number, not a string",
                "Row 2, w: unit 'kg' (mass) does not fit the input w in kN/m (force/length)",
                "Case 9, L: a case the grid no longer has");
        model.setProblems(problems.cells());
        assertThat(model.problem(3, 1)).isEqualTo("the input L takes a number, not a string");
        model.setValueAt("6", 3, 1);
        assertThat(model.problem(3, 1)).isNull();
        assertThat(model.problem(1, 2)).isNotNull();
    }

    @Test
    void aFixedCellsProblemLeavesTheListAtOnce() {
        model.paste(TabularText.parse("B1\tsix\t12\nB2\t6 kg\t12"), 0, 0);
        model.setProblems(Map.of(new GridCell(0, 1), "the input L takes a number, not a string"));
        model.setProblems(new java.util.LinkedHashMap<>(Map.of(new GridCell(0, 1), "the input L takes a number, not a string")));
        assertThat(model.problemLines()).containsExactly("Row 1, L: the input L takes a number, not a string");
        model.setValueAt("6", 0, 1);
        assertThat(model.problemLines()).isEmpty();
    }

    @Test
    void aDecimalCommaReadsAsTheLocaleWritesIt() {
        CasesGridModel german = beamModel(Locale.GERMANY);
        german.paste(TabularText.parse("B1\t8,5\t12,25 kN/m\t210"), 0, 0);
        CaseInput read = german.caseRows().cases().get(0);
        assertThat(read.inputs().get("L")).isEqualTo(new CaseValue(Json.MAPPER.getNodeFactory().numberNode(8.5), "m"));
        assertThat(read.inputs().get("w").value().asDouble()).isEqualTo(12.25);
        assertThat(read.inputs().get("w").unit()).isEqualTo("kN/m");
        assertThat(read.inputs().get("E").value().isIntegralNumber()).isTrue();

        CasesGridModel english = beamModel(Locale.US);
        english.paste(TabularText.parse("B1\t8,5\t8.5"), 0, 0);
        CaseInput asTyped = english.caseRows().cases().get(0);
        assertThat(asTyped.inputs().get("L").value().isTextual()).as("8,5 is no number in English: the daemon names it").isTrue();
        assertThat(asTyped.inputs().get("w").value().asDouble()).isEqualTo(8.5);
        assertThat(german.caseRows().cases().get(0).inputs().get("L").value().asDouble()).isEqualTo(8.5);
    }
}
