package org.primebatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class DiagnoseCommandTest {
    private record Outcome(int code, String out, String err) {
    }

    private static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Outcome(code, out.toString(), err.toString());
    }

    @Test
    void onAMachineWithoutMathcadItPrintsWhyAndExits3() {
        Outcome r = run("diagnose", "mathcad");

        assertThat(r.code()).isEqualTo(Main.UNREACHABLE);
        assertThat(r.err()).contains("primebatch: the mathcad engine is not available: Mathcad Prime runs on Windows only");
        assertThat(r.out()).contains("engine     mathcad (installed: not installed)").contains("JACOB DLL  ").contains("jacob-1.14.3-x64.dll");
    }

    @Test
    void theVisibleAndWorksheetOptionsAreAcceptedEvenWhenUnavailable() {
        assertThat(run("diagnose", "mathcad", "--visible", "--worksheet", "any.mcdx").code()).isEqualTo(Main.UNREACHABLE);
    }

    @Test
    void onlyTheMathcadEngineCanBeDiagnosed() {
        Outcome r = run("diagnose", "native");

        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.err()).contains("only the mathcad engine can be diagnosed");
    }
}
