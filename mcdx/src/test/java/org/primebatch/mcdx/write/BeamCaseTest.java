package org.primebatch.mcdx.write;

import org.primebatch.mcdx.check.CompiledWorksheet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.mcdx.math.MathProgram;
import org.primebatch.mcdx.math.Outcome;
import org.primebatch.mcdx.math.Results;
import org.primebatch.mcdx.math.Value;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.sheet.CalculationStatus;
import org.primebatch.mcdx.sheet.MathRegion;
import org.primebatch.mcdx.sheet.Region;
import org.primebatch.mcdx.sheet.StoredResult;
import org.primebatch.mcdx.sheet.UnitText;
import org.primebatch.mcdx.sheet.Worksheet;
import org.w3c.dom.Element;

class BeamCaseTest {
    private static final Map<String, InputValue> IPE330_8M = Map.of(
            "L", InputValue.number(8, "m"),
            "w", InputValue.number(15, "kN/m"),
            "E", InputValue.number(200, "GPa"),
            "I", InputValue.number(11770, "cm^4"));

    @TempDir
    Path dir;

    private final McdxPackage template = McdxPackage.open(CaseFiles.beam());
    private final Worksheet sheet = Worksheet.read(template);

    private Path write(Map<String, InputValue> inputs) throws Exception {
        Results results = CompiledWorksheet.of(sheet).program().run(CaseInputs.overrides(sheet, inputs));
        Path target = dir.resolve("case.mcdx");
        CaseWorksheetWriter.write(template, sheet, inputs, results, target);
        return target;
    }

    @Test
    void storedValuesAreTheHandComputedOnes() throws Exception {
        Worksheet written = Worksheet.open(write(IPE330_8M));
        double w = 15e3;
        double length = 8;
        double e = 200e9;
        double i = 11770e-8;
        double moment = w * length * length / 8;
        double deflection = 5 * w * Math.pow(length, 4) / (384 * e * i);
        double stress = moment / 557e-6;
        double utilisation = Math.max(stress / 355e6, deflection / (length / 250));

        assertThat(storedReal(written, "M_max")).isEqualTo(120.0);
        assertThat(storedReal(written, "delta_max")).isCloseTo(deflection * 1e3, within(1e-12 * deflection * 1e3));
        assertThat(storedReal(written, "sigma")).isCloseTo(stress / 1e6, within(1e-12 * stress / 1e6));
        assertThat(storedReal(written, "utilisation")).isCloseTo(utilisation, within(1e-12));
        for (var output : written.outputs()) {
            StoredResult stored = written.result(written.region(output.regionId()).orElseThrow()).orElseThrow();
            assertThat(stored.status()).isEqualTo(CalculationStatus.SYNCHRONIZED);
        }
    }

    @Test
    void inputsReadBackAsWritten() throws Exception {
        Path file = write(IPE330_8M);
        Worksheet written = Worksheet.open(file);
        assertThat(unitOf(written, "L")).isEqualTo("m");
        assertThat(unitOf(written, "w")).isEqualTo("kN/m");
        assertThat(unitOf(written, "E")).isEqualTo("GPa");
        assertThat(unitOf(written, "I")).isEqualTo("cm^4");

        Results rerun = CompiledWorksheet.of(written).program().run(Map.of());
        Map<String, Value> given = CaseInputs.overrides(sheet, IPE330_8M);
        for (var input : written.inputs()) {
            Outcome outcome = rerun.of(Integer.toString(input.regionId()));
            assertThat(outcome).isInstanceOf(Outcome.Defined.class);
            Outcome.Defined defined = (Outcome.Defined) outcome;
            assertThat(defined.value()).isEqualTo(given.get(defined.name()));
        }
        Results overridden = CompiledWorksheet.of(sheet).program().run(given);
        assertThat(CaseFiles.describe(rerun)).isEqualTo(CaseFiles.describe(overridden));
    }

    @Test
    void theWorksheetChangesOnlyWhereTheInputsStand() throws Exception {
        Path file = write(IPE330_8M);
        String before = new String(template.part(McdxPackage.WORKSHEET_PART).orElseThrow(), StandardCharsets.UTF_8);
        String after = new String(CaseFiles.entries(file).get(McdxPackage.WORKSHEET_PART), StandardCharsets.UTF_8);
        assertThat(after).contains("<ml:define><ml:id labels=\"VARIABLE\" xml:space=\"preserve\">w</ml:id>"
                + "<ml:apply><ml:scale /><ml:real>15</ml:real><ml:apply><ml:div />"
                + "<ml:id labels=\"UNIT\" xml:space=\"preserve\">kN</ml:id>"
                + "<ml:id labels=\"UNIT\" xml:space=\"preserve\">m</ml:id></ml:apply></ml:apply></ml:define>");
        assertThat(withoutInputValues(after)).isEqualTo(withoutInputValues(before));
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void everyOtherPartIsKeptByteForByte() throws Exception {
        Map<String, byte[]> original = CaseFiles.entries(CaseFiles.beam());
        Map<String, byte[]> written = CaseFiles.entries(write(IPE330_8M));
        assertThat(written.keySet()).containsExactlyElementsOf(original.keySet());
        for (String name : original.keySet()) {
            if (!name.equals(McdxPackage.WORKSHEET_PART) && !name.equals(CaseWorksheetWriter.RESULT_PART)) {
                assertThat(written.get(name)).as(name).isEqualTo(original.get(name));
            }
        }
    }

    @Test
    void theTemplateCaseWritesTheTemplateBackByteForByte() throws Exception {
        Map<String, byte[]> original = CaseFiles.entries(CaseFiles.beam());
        Map<String, byte[]> written = CaseFiles.entries(write(Map.of()));
        for (String name : original.keySet()) {
            assertThat(written.get(name)).as(name).isEqualTo(original.get(name));
        }
    }

    @Test
    void resultXmlKeepsItsByteOrderMarkAndDeclaration() throws Exception {
        byte[] result = CaseFiles.entries(write(IPE330_8M)).get(CaseWorksheetWriter.RESULT_PART);
        String text = new String(result, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?><resultsList ");
        assertThat(text).contains("<resultData result-id=\"0\" calculation-status=\"Synchronized\" />");
        assertThat(text).contains("<resultData result-id=\"6\" calculation-status=\"Synchronized\"><ml:result>"
                + "<ml:real>120</ml:real></ml:result></resultData>");
    }

    @Test
    void otherUnitsForTheSameQuantitiesGiveTheSameResults() throws Exception {
        Map<String, InputValue> metric = Map.of("L", InputValue.number(8000, "mm"), "w", InputValue.number(15, "N/mm"),
                "E", InputValue.number(200000, "N/mm^2"), "I", InputValue.number(1.177e8, "mm⁴"));
        Worksheet written = Worksheet.open(write(metric));
        assertThat(unitOf(written, "E")).isEqualTo("N/mm^2");
        assertThat(unitOf(written, "I")).isEqualTo("mm^4");
        assertThat(storedReal(written, "M_max")).isCloseTo(120.0, within(1e-12));
    }

    private static double storedReal(Worksheet sheet, String outputAlias) {
        var output = sheet.outputs().stream().filter(d -> d.alias().equals(outputAlias)).findFirst().orElseThrow();
        Element result = sheet.result(sheet.region(output.regionId()).orElseThrow()).orElseThrow().value();
        Element real = (Element) result.getElementsByTagNameNS("*", "real").item(0);
        assertThat(result.getElementsByTagNameNS("*", "unitedValue").getLength()).isZero();
        return Double.parseDouble(real.getTextContent());
    }

    private static String unitOf(Worksheet sheet, String inputAlias) {
        var input = sheet.inputs().stream().filter(d -> d.alias().equals(inputAlias)).findFirst().orElseThrow();
        Region region = sheet.region(input.regionId()).orElseThrow();
        Element scale = region.mathContent().flatMap(MathRegion::definitionBody).orElseThrow();
        Element unit = (Element) scale.getChildNodes().item(2);
        return UnitText.ofExpression(unit).orElseThrow();
    }

    private static String withoutInputValues(String worksheet) {
        String out = worksheet;
        for (String id : new String[] {"3", "4", "5", "6"}) {
            out = Pattern.compile("(<region region-id=\"" + id + "\"[^>]*><math[^>]*><ml:define>.*?</ml:id>)(.*?)(</ml:define>)")
                    .matcher(out).replaceFirst("$1$3");
        }
        return out;
    }
}
