package org.primebatch.engine.mathcad;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.primebatch.api.CaseValue;
import org.primebatch.engine.EngineException;
import org.primebatch.engine.EngineSession;
import org.primebatch.engine.SessionOptions;
import org.primebatch.engine.mathcad.com.SaveOption;
import org.primebatch.mcdx.testing.Corpus;
import org.primebatch.mcdx.testing.Examples;

class MathcadSessionTest {
    @TempDir
    Path dir;

    private final FakePrime prime = new FakePrime();
    private final RecordedProcesses processes = new RecordedProcesses();
    private final MathcadEngine engine = FakeEngines.on(prime, processes);

    @AfterEach
    void stopPrime() {
        prime.shutdown();
    }

    private EngineSession open(Path sheet) throws EngineException {
        return engine.open(sheet, FakeEngines.timeouts(30));
    }

    @Test
    void computesTheBeamThroughTheSettersAndReadsEveryOutput() throws Exception {
        try (EngineSession session = open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("L", CaseValue.of(8000, "mm"), "w", CaseValue.of(10, "kN/m")));
            session.calculate();
            Map<String, CaseValue> out = session.outputs();

            assertThat(out).containsOnlyKeys("M_max", "delta_max", "sigma", "utilisation");
            assertThat(out.get("M_max").value().asDouble()).isCloseTo(10 * 8 * 8 / 8.0, within(1e-9));
            assertThat(out.get("M_max").unit()).isNotNull();
        }
        assertThat(prime.calls).contains("SetRealValue", "Synchronize", "OutputGetValue");
    }

    @Test
    void aNumberWithoutAUnitIsTakenInTheUnitsTheWorksheetGivesThatInput() throws Exception {
        try (EngineSession session = open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("L", CaseValue.of(3, null)));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(12 * 3 * 3 / 8.0, within(1e-9));
        }
    }

    @Test
    void readsAnOutputInTheUnitsTheBatchAsksFor() throws Exception {
        try (EngineSession session = engine.open(Examples.beamWorksheet(), FakeEngines.outputUnits(Map.of("M_max", "N*m")))) {
            session.calculate();
            CaseValue moment = session.outputs().get("M_max");
            assertThat(moment.value().asDouble()).isCloseTo(54_000, within(1e-6));
            assertThat(moment.unit()).isEqualTo("N*m");
        }
        assertThat(prime.calls).contains("OutputGetRealValueAs");
    }

    @Test
    void anInputTheNextCaseLeavesBlankIsSetBackToTheWorksheetsValue() throws Exception {
        try (EngineSession session = open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("w", CaseValue.of(24, "kN/m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(24 * 6 * 6 / 8.0, within(1e-9));
            session.setInputs(Map.of("L", CaseValue.of(3, "m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(12 * 3 * 3 / 8.0, within(1e-9));
        }
        assertThat(prime.callsOf("OpenEx")).isEqualTo(1);
    }

    @Test
    void anInputWhoseValuePrimeCouldNotReadIsRestoredByOpeningTheWorkingCopyAgain() throws Exception {
        prime.errorCodes.put("InputGetValue", 1);
        try (EngineSession session = open(Examples.beamWorksheet())) {
            session.setInputs(Map.of("w", CaseValue.of(24, "kN/m"), "L", CaseValue.of(6, "m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(24 * 6 * 6 / 8.0, within(1e-9));
            session.setInputs(Map.of("L", CaseValue.of(3, "m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(12 * 3 * 3 / 8.0, within(1e-9));
            session.setInputs(Map.of("L", CaseValue.of(4, "m")));
            session.calculate();
            assertThat(session.outputs().get("M_max").value().asDouble()).isCloseTo(12 * 4 * 4 / 8.0, within(1e-9));
        }
        assertThat(prime.callsOf("OpenEx")).as("opened, then opened again once for w").isEqualTo(2);
    }

    @Test
    void setsStringsAndMatricesAndReadsMatricesElementByElement() throws Exception {
        Path sheet = Corpus.dir().resolve("kniazmajowiec__mathcad_to_py/test.mcdx");
        try (EngineSession session = open(sheet)) {
            var matrix = JsonNodeFactory.instance.arrayNode();
            matrix.addArray().add(5).add(6);
            matrix.addArray().add(7).add(8);
            session.setInputs(Map.of("string_input_test", CaseValue.of("from primebatch"),
                    "matrix_input_test", new CaseValue(matrix, "s")));
            session.calculate();
            Map<String, CaseValue> out = session.outputs();
            CaseValue matrixOut = out.values().stream().filter(v -> v.value().isArray()).findFirst().orElseThrow();
            assertThat(matrixOut.value().get(1).get(1).asDouble()).isEqualTo(80);
        }
        assertThat(prime.calls).contains("SetStringValue", "CreateMatrix", "SetMatrixElement", "SetMatrixValue", "GetMatrixElement");
    }

    @Test
    void opensAPrivateCopyWithOpenExAndNeverTheUsersFile() throws Exception {
        Path template = Examples.beamWorksheet();
        byte[] before = Files.readAllBytes(template);
        try (EngineSession session = open(template)) {
            session.calculate();
            session.export("mcdx", dir.resolve("case.mcdx"), "case 1");
        }
        Path opened = prime.openedPaths.get(0);
        assertThat(opened).isNotEqualTo(template).hasFileName("beam.mcdx");
        assertThat(opened.getParent()).isNotEqualTo(template.getParent());
        assertThat(opened.getParent()).doesNotExist();
        assertThat(Files.readAllBytes(template)).isEqualTo(before);
        assertThat(prime.calls).contains("OpenEx").doesNotContain("Open");
        assertThat(prime.calculationTimeout).isEqualTo(30);
    }

    @Test
    void anOlderPrimeWithoutOpenExOpensWithOpen() throws Exception {
        prime.hasOpenEx = false;
        prime.version = "6.0.0.0";
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.setInputs(Map.of("input_1", CaseValue.of(5, null), "input_2", CaseValue.of(11, null)));
            session.calculate();
            assertThat(session.outputs().get("output").value().asDouble()).isCloseTo(4, within(1e-12));
        }
        assertThat(prime.calls).contains("Open").doesNotContain("OpenEx");
    }

    @Test
    void withNoMathcadOpenTheProcessThatAppearsIsOursAndIsQuitOnClose() throws Exception {
        EngineSession session = open(Corpus.simpleExample());
        Process mathcad = prime.mathcadProcess();
        assertThat(processes.started).containsExactly(mathcad.pid());
        assertThat(prime.visible).isFalse();

        session.close();

        assertThat(prime.calls).contains("Quit");
        assertThat(mathcad.isAlive()).isFalse();
        assertThat(processes.ended).containsExactly(mathcad.pid());
    }

    @Test
    void theUsersOwnMathcadIsAttachedToAndNeverQuit() throws Exception {
        Process users = prime.userOpensMathcad();
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            assertThat(session.outputs()).containsKey("output");
        }
        assertThat(processes.started).isEmpty();
        assertThat(processes.ended).isEmpty();
        assertThat(prime.calls).contains("Close").doesNotContain("Quit", "Visible");
        assertThat(users.isAlive()).isTrue();
    }

    @Test
    void everyComCallRunsOnTheSessionsOwnThread() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.setInputs(Map.of("input_1", CaseValue.of(1, null)));
            session.calculate();
            session.outputs();
            session.export("pdf", dir.resolve("a.pdf"), "a");
        }
        // the fake answers RPC_E_WRONG_THREAD to a call from any other thread, which would have failed a step above
        assertThat(prime.calls).isNotEmpty();
    }

    @Test
    void aCallThatNeverReturnsLosesTheSessionAndCloseDoesNotWaitForIt() throws Exception {
        prime.hangOn("Synchronize");
        EngineSession session = engine.open(Corpus.simpleExample(), FakeEngines.timeouts(1));

        assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.sessionLost()).isTrue();
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).isEqualTo("Synchronize did not answer within 1 s (a dialog may be open in Mathcad Prime)");
        });
        assertThatThrownBy(() -> session.setInputs(Map.of("input_1", CaseValue.of(2, null))))
                .isInstanceOfSatisfying(EngineException.class, e -> assertThat(e.sessionLost()).isTrue());
        long callsBeforeClose = prime.calls.size();

        session.close();

        assertThat(prime.calls).hasSize((int) callsBeforeClose);
        assertThat(processes.ended).as("Mathcad still runs; the supervisor kills it by its recorded PID").isEmpty();
        assertThat(processes.started).containsExactly(prime.mathcadProcess().pid());
    }

    @Test
    void aDeadMathcadLosesTheSessionWithAClearReason() throws Exception {
        EngineSession session = open(Corpus.simpleExample());
        long pid = prime.mathcadProcess().pid();
        prime.crash();

        assertThatThrownBy(session::calculate).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.sessionLost()).isTrue();
            assertThat(e.getMessage()).contains("Mathcad Prime stopped").contains("RPC server is unavailable").contains("0x800706BA");
        });
        session.close();
        assertThat(processes.ended).containsExactly(pid);
    }

    @Test
    void mathcadThatIsNotRegisteredIsAPermanentFailure() {
        prime.registered = false;
        assertThatThrownBy(() -> open(Corpus.simpleExample())).isInstanceOfSatisfying(EngineException.class, e -> {
            assertThat(e.getMessage()).startsWith("Mathcad Prime is not installed or registered").contains("0x800401F3");
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void unitsIncompatibleWithTheWorksheetFailTheCaseForGood() throws Exception {
        try (EngineSession session = open(Examples.beamWorksheet())) {
            assertThatThrownBy(() -> session.setInputs(Map.of("L", CaseValue.of(5, "kg"))))
                    .isInstanceOfSatisfying(EngineException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("input L (SetRealValue): the units are incompatible with the worksheet's (error code 3)");
                        assertThat(e.retryable()).isFalse();
                    });
        }
    }

    @Test
    void anAliasTheWorksheetDoesNotDesignateIsRefusedNamingTheInputsItHas() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            assertThatThrownBy(() -> session.setInputs(Map.of("nope", CaseValue.of(1, null))))
                    .isInstanceOfSatisfying(EngineException.class, e -> {
                        assertThat(e.getMessage()).contains("'nope' is not a designated input").contains("input_1, input_2");
                        assertThat(e.retryable()).isFalse();
                    });
        }
    }

    @Test
    void errorCodesOfTheResultObjectsBecomeClearReasonsWithTheRightRetryFlag() throws Exception {
        record Expected(int code, String reason, boolean retryable) {
        }
        List<Expected> table = List.of(
                new Expected(-1, "an unknown error occurred", true),
                new Expected(1, "no designated input or output with this alias", false),
                new Expected(2, "disabled", false),
                new Expected(3, "units are incompatible", false),
                new Expected(4, "input value is invalid", false),
                new Expected(5, "calculation error", false),
                new Expected(6, "result type is incompatible", false),
                new Expected(7, "matrix result is invalid", false),
                new Expected(8, "calculation timed out", true),
                new Expected(9, "calculation is disabled", false),
                new Expected(42, "unknown error code 42", true));
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            for (Expected expected : table) {
                prime.errorCodes.put("OutputGetValue", expected.code());
                assertThatThrownBy(session::outputs).as("code %d", expected.code())
                        .isInstanceOfSatisfying(EngineException.class, e -> {
                            assertThat(e.getMessage()).startsWith("output output").contains(expected.reason());
                            assertThat(e.retryable()).isEqualTo(expected.retryable());
                            assertThat(e.sessionLost()).isFalse();
                        });
            }
        }
    }

    @Test
    void aCalculationErrorInTheWorksheetIsReportedPerOutput() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            prime.errorCodes.put("OutputGetValue", 5);
            assertThatThrownBy(session::outputs).hasMessage(
                    "output output: the worksheet has a calculation error for these inputs (error code 5)");
        }
    }

    @Test
    void exportsDeleteAStaleFileFirstSinceTheOverwritePromptHangsAutomation() throws Exception {
        try (EngineSession session = engine.open(Corpus.simpleExample(), FakeEngines.timeouts(2))) {
            session.calculate();
            Path exports = Files.createDirectories(prime.openedPaths.get(0).resolveSibling("exports"));
            Files.writeString(exports.resolve("case 1.pdf"), "left over");
            Path target = Files.writeString(dir.resolve(".case1.pdf.part"), "old");

            session.export("pdf", target, "case 1");

            assertThat(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        }
    }

    @Test
    void savesUnderTheFormatsExtensionAndMovesTheFileToATemporaryTargetName() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            for (String format : List.of("mcdx", "pdf", "xps", "rtf")) {
                Path target = dir.resolve(".case1." + format + ".part");
                session.export(format, target, "case1");
                assertThat(target).isRegularFile();
                assertThat(Files.size(target)).isPositive();
            }
        }
        assertThat(prime.calls.stream().filter("SaveAs"::equals)).hasSize(4);
    }

    @Test
    void savingAsMcdxRenamesTheOpenSheetSoTheWorkingCopyIsReopenedWithTheCasesInputs() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.setInputs(Map.of("input_1", CaseValue.of(5, null), "input_2", CaseValue.of(11, null)));
            session.calculate();
            session.export("mcdx", dir.resolve("case.mcdx"), "case");

            session.calculate();
            assertThat(session.outputs().get("output").value().asDouble()).isCloseTo(4, within(1e-12));
        }
        assertThat(prime.openedPaths).hasSize(2);
        assertThat(prime.openedPaths.get(1)).isEqualTo(prime.openedPaths.get(0));
        assertThat(prime.callsOf("Close")).isEqualTo(2);
    }

    @Test
    void anUnknownExportFormatIsAPermanentError() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            assertThatThrownBy(() -> session.export("docx", dir.resolve("x.docx"), "x"))
                    .isInstanceOfSatisfying(EngineException.class, e -> {
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("not docx");
                    });
        }
    }

    @Test
    void pdfNeedsPrime6AndAFullLicence() throws Exception {
        prime.version = "5.0.0.0";
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            assertThatThrownBy(() -> session.export("pdf", dir.resolve("a.pdf"), "a")).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("Mathcad Prime 5.0.0.0 cannot export pdf: it needs Mathcad Prime 6 or later");
                assertThat(e.retryable()).isFalse();
            });
        }
        prime.version = "10.0.0.0";
        prime.fullLicence = false;
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.calculate();
            assertThatThrownBy(() -> session.export("pdf", dir.resolve("b.pdf"), "b")).isInstanceOfSatisfying(EngineException.class, e -> {
                assertThat(e.getMessage()).contains("full licence");
                assertThat(e.retryable()).isFalse();
            });
        }
    }

    @Test
    void outputsBeforeCalculateAreRefused() throws Exception {
        try (EngineSession session = open(Corpus.simpleExample())) {
            session.setInputs(Map.of("input_1", CaseValue.of(3, null)));
            assertThatThrownBy(session::outputs).isInstanceOf(EngineException.class).hasMessageContaining("before the case was calculated");
        }
    }

    @Test
    void theVisibleOptionShowsTheMathcadItStarted() throws Exception {
        MathcadEngine shown = new MathcadEngine(FakeEngines.CONFIG.withVisible(true), processes, prime, prime,
                () -> new MathcadInstallation(org.primebatch.engine.Engine.Availability.YES, "10.0.0.0"));
        try (EngineSession session = shown.open(Corpus.simpleExample(), SessionOptions.DEFAULTS)) {
            assertThat(prime.visible).isTrue();
        }
    }

    @Test
    void closeQuitsWithoutSavingAndTwiceIsHarmless() throws Exception {
        EngineSession session = open(Corpus.simpleExample());
        session.close();
        session.close();
        assertThat(prime.callsOf("Quit")).isEqualTo(1);
        assertThat(SaveOption.DISCARD_CHANGES.value()).isEqualTo(2);
    }
}
