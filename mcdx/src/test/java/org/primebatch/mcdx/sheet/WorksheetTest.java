package org.primebatch.mcdx.sheet;

import org.primebatch.mcdx.syntax.IdentifierNames;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.primebatch.mcdx.McdxException;
import org.primebatch.mcdx.pkg.McdxPackage;
import org.primebatch.mcdx.pkg.TestPackages;
import org.primebatch.mcdx.testing.Corpus;
import org.w3c.dom.Element;

class WorksheetTest {
    /** The one corpus file that cannot be read, and why: it is an empty zip, saved by a broken generator. */
    private static final String UNREADABLE = "willowierhail5__MathCAD-Prime-XML-Builder/mcdx__TestOutput3.mcdx";

    @Test
    void everyCorpusWorksheetReads() throws IOException {
        Map<String, String> failures = new TreeMap<>();
        int read = 0;
        try (Stream<Path> files = Files.walk(Corpus.dir())) {
            for (Path file : files.filter(p -> p.toString().endsWith(".mcdx")).sorted().toList()) {
                try {
                    Worksheet sheet = Worksheet.open(file);
                    assertThat(sheet.regions()).as(file.toString()).isSortedAccordingTo(
                            Comparator.comparingDouble(Region::top).thenComparingDouble(Region::left));
                    read++;
                } catch (McdxException e) {
                    failures.put(Corpus.dir().relativize(file).toString().replace('\\', '/'), e.getMessage());
                }
            }
        }
        assertThat(read).isGreaterThan(80);
        assertThat(failures).containsOnlyKeys(UNREADABLE);
        assertThat(failures.get(UNREADABLE)).endsWith("not a Mathcad worksheet (an empty zip)");
    }

    @Test
    void readsSettingsDesignationsRegionsAndResultsOfTheSimpleExample() {
        Worksheet sheet = Worksheet.open(Corpus.simpleExample());

        assertThat(sheet.settings().unitSystem()).isEqualTo("si");
        assertThat(sheet.settings().origin()).isZero();
        assertThat(sheet.inputs()).extracting(Designation::alias, Designation::regionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("input_1", 2), org.assertj.core.groups.Tuple.tuple("input_2", 3));
        assertThat(sheet.outputs()).extracting(Designation::alias).containsExactly("output");
        assertThat(sheet.regions()).extracting(Region::id).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(sheet.countsByKind()).containsEntry(RegionKind.MATH, 4L).containsEntry(RegionKind.TEXT, 3L);

        Region output = sheet.region(6).orElseThrow();
        MathRegion math = output.mathContent().orElseThrow();
        assertThat(math.definedName()).isEqualTo("output");
        assertThat(math.expression().getLocalName()).isEqualTo("define");
        assertThat(math.evaluation()).isPresent();
        assertThat(math.resultRef()).isEqualTo(3);
        StoredResult result = sheet.result(output).orElseThrow();
        assertThat(result.status()).isEqualTo(CalculationStatus.SYNCHRONIZED);
        assertThat(result.hasEngineErrors()).isFalse();
        assertThat(result.value().getTextContent()).isEqualTo("2.4494897427831779");
        assertThat(sheet.result(sheet.region(2).orElseThrow()).orElseThrow().hasValue()).isFalse();
    }

    @Test
    void nestedRegionsGetAbsolutePositionsAndTakeTheirPlaceInReadingOrder() {
        String regions = region(1, 100, 0, "<Area><regions>" + region(2, 10, 20, math("inner")) + "</regions></Area>")
                + region(3, 105, 300, math("beside"))
                + region(4, 0, 0, "<text><regions><region region-id=\"5\">" + math("inline") + "</region></regions></text>")
                + region(6, 200, 40, "<solveblock><regions>" + region(7, 0, 0, math("guess"))
                + region(8, 20, 5, math("constraint")) + "</regions></solveblock>");
        Worksheet sheet = read(TestPackages.worksheet(regions));

        assertThat(sheet.regions()).extracting(Region::id).containsExactly(4, 5, 1, 3, 2, 6, 7, 8);
        Region inner = sheet.region(2).orElseThrow();
        assertThat(inner.top()).isEqualTo(110);
        assertThat(inner.left()).isEqualTo(20);
        assertThat(inner.parentId()).isEqualTo(1);
        assertThat(sheet.region(8).orElseThrow().top()).isEqualTo(220);
        assertThat(sheet.region(5).orElseThrow().mathContent().orElseThrow().definedName()).isEqualTo("inline");
        assertThat(sheet.topLevelRegions()).extracting(Region::id).containsExactly(4, 1, 3, 6);
        assertThat(sheet.region(6).orElseThrow().children()).extracting(Region::id).containsExactly(7, 8);
        assertThat(sheet.region(6).orElseThrow().kind()).isEqualTo(RegionKind.SOLVEBLOCK);
        assertThat(sheet.region(1).orElseThrow().kind()).isEqualTo(RegionKind.AREA);
    }

    @Test
    void solveBlocksAndAreasOfARealWorksheetAreRead() {
        Worksheet sheet = Worksheet.open(Corpus.dir().resolve("ChristianCruger__mcad2py/references__LT91.mcdx"));

        Region block = sheet.regions().stream().filter(r -> r.kind() == RegionKind.SOLVEBLOCK).findFirst().orElseThrow();
        assertThat(block.children()).isNotEmpty();
        for (Region child : block.children()) {
            assertThat(child.parentId()).isEqualTo(block.id());
            assertThat(child.top()).isGreaterThanOrEqualTo(block.top());
            assertThat(sheet.regions().indexOf(child)).isGreaterThan(sheet.regions().indexOf(block));
        }
        assertThat(block.children().get(0).mathContent().orElseThrow().definedName()).isEqualTo("e");
    }

    @Test
    void subscriptedNamesReadWithAnUnderscore() {
        String id = "<ml:id xml:space=\"preserve\"><Span xmlns=\"http://schemas.microsoft.com/winfx/2006/xaml/presentation\""
                + " xmlns:pw=\"clr-namespace:Ptc.Wpf;assembly=Ptc.Core\">W<pw:Subscript>P</pw:Subscript></Span></ml:id>";
        Worksheet sheet = read(TestPackages.worksheet(region(1, 0, 0,
                "<math><ml:define>" + id + "<ml:real>2</ml:real></ml:define></math>")));

        MathRegion math = sheet.region(1).orElseThrow().mathContent().orElseThrow();
        assertThat(math.definedName()).isEqualTo("W_P");
        Element idElement = (Element) math.expression().getFirstChild();
        assertThat(IdentifierNames.of(idElement)).isEqualTo("W_P");
    }

    @Test
    void subscriptedNamesOfARealWorksheet() {
        Worksheet sheet = Worksheet.open(Corpus.dir().resolve("ChristianCruger__mcad2py/references__LT91.mcdx"));

        List<String> names = sheet.regions().stream().flatMap(r -> r.mathContent().stream())
                .map(MathRegion::definedName).filter(n -> n != null).toList();
        assertThat(names).contains("A_c", "E_c");
    }

    @Test
    void storedResultsKnowPendingValuesAndEngineErrors() {
        Worksheet errors = Worksheet.open(Corpus.dir().resolve("ChristianCruger__mcad2py/references__incomplete_ifs.mcdx"));
        StoredResult failed = errors.results().get(9);
        assertThat(failed.hasEngineErrors()).isTrue();
        assertThat(failed.engineErrors().get(0)).contains("This program has no return value");

        Worksheet pending = Worksheet.open(Corpus.dir().resolve("AAGAN__corrosion/Untitled.mcdx"));
        assertThat(pending.results().get(13).status()).isEqualTo(CalculationStatus.PENDING);
    }

    @Test
    void settingsOfAUsWorksheet() {
        Worksheet sheet = Worksheet.open(Corpus.dir().resolve("MattWoodhead__MathcadPy/Test__test_units.mcdx"));

        assertThat(sheet.settings().unitSystem()).isEqualTo("us");
    }

    @Test
    void aWorksheetPartWithAnotherRootIsNotAWorksheet() {
        McdxPackage pkg = McdxPackage.read(TestPackages.withWorksheet("<html/>"), "page.mcdx");

        assertThatThrownBy(() -> Worksheet.read(pkg)).isInstanceOf(McdxException.class)
                .hasMessage("page.mcdx: not a Mathcad worksheet (worksheet.xml holds <html>)");
    }

    @Test
    void hostileXmlInAnyPartIsRefused() {
        byte[] zip = TestPackages.withParts(Map.of(McdxPackage.WORKSHEET_PART, TestPackages.worksheet(""),
                "mathcad/result.xml", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><r>&x;</r>"));

        assertThatThrownBy(() -> Worksheet.read(McdxPackage.read(zip, "evil.mcdx"))).isInstanceOf(McdxException.class)
                .hasMessageContaining("evil.mcdx (mathcad/result.xml)").hasMessageContaining("DOCTYPE");
    }

    private static Worksheet read(String worksheetXml) {
        return Worksheet.read(McdxPackage.read(TestPackages.withWorksheet(worksheetXml), "test.mcdx"));
    }

    private static String region(int id, double top, double left, String content) {
        return "<region region-id=\"" + id + "\" top=\"" + top + "\" left=\"" + left + "\">" + content + "</region>";
    }

    private static String math(String name) {
        return "<math><ml:define><ml:id labels=\"VARIABLE\">" + name + "</ml:id><ml:real>1</ml:real></ml:define></math>";
    }
}
