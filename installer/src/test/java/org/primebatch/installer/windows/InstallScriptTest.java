package org.primebatch.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** install.ps1 as the build copied it into target/windows (PowerShell does not run here: the text is checked). */
class InstallScriptTest {
    private static PowerShellScript script;
    private static String userMode;
    private static String serviceMode;

    @BeforeAll
    static void load() throws Exception {
        script = PowerShellScript.load("install.ps1");
        userMode = script.section("if ($Mode -eq 'User') {", "\n}\n");
        serviceMode = script.code().substring(script.at("Assert-File $WinSW"));
    }

    @Test
    void copiedUnchangedAndPlainAscii() throws Exception {
        byte[] source = Files.readAllBytes(Path.of("src/main/windows/install.ps1"));
        assertThat(Files.readAllBytes(GeneratedFiles.file("install.ps1"))).isEqualTo(source);
        // Windows PowerShell 5.1 reads a file without a byte order mark in the ANSI code page.
        assertThat(new String(source, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII)).isEqualTo(source);
    }

    @Test
    void refusesToRunWithoutAdministratorRights() {
        assertThat(script.text()).startsWith("#Requires -RunAsAdministrator\n");
        String check = script.section("IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)", "}");
        assertThat(check).startsWith("IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {")
                .contains("must run as administrator").contains("exit 1");
        assertThat(script.code().indexOf("-not $principal.IsInRole")).isNotNegative();
    }

    @Test
    void parameters() {
        String params = script.section("param(", "\n)\n");
        assertThat(params).contains("[ValidateSet('Service', 'User')]", "[string] $Mode = 'Service'", "[string] $InstallDir",
                "[string] $DataDir", "[string] $ServiceAccount = 'LocalSystem'", "[pscredential] $Credential", "[string] $JacobDll");
    }

    @Test
    void checksWinswAgainstThePinnedHashBeforeChangingAnything() throws Exception {
        String pinned = script.constant("WinSWSha256");
        assertThat(pinned).matches("[0-9a-f]{64}");
        assertThat(Files.readString(Path.of("../docs/install-windows.md"))).contains(pinned);
        int hash = script.at("(Get-FileHash -LiteralPath $WinSW -Algorithm SHA256).Hash");
        String mismatch = script.section("if ($actual -ne $WinSWSha256) {", "}");
        assertThat(mismatch.replace("if ($actual -ne $WinSWSha256) {", "").strip()).startsWith("throw");
        assertThat(hash).isLessThan(script.at("& $WinSW install"));
        assertThat(serviceMode.indexOf("Get-FileHash")).isLessThan(serviceMode.indexOf("New-Item"));
        assertThat(serviceMode.indexOf("Get-FileHash")).isLessThan(serviceMode.indexOf("Invoke-Icacls"));
        assertThat(serviceMode.indexOf("Get-FileHash")).isLessThan(serviceMode.indexOf("& $WinSW install"));
    }

    @Test
    void dataFolderIsForSystemAdministratorsTheServiceAccountAndTheGroup() {
        assertThat(script.constant("SystemSid")).isEqualTo("S-1-5-18");
        assertThat(script.constant("AdministratorsSid")).isEqualTo("S-1-5-32-544");
        assertThat(script.constant("GroupName")).isEqualTo("Primebatch Users");
        assertThat(serviceMode).contains("New-LocalGroup -Name $GroupName");

        String grants = script.section("$grants = @(", "\n");
        assertThat(grants).contains("\"*${SystemSid}:(OI)(CI)F\"", "\"*${AdministratorsSid}:(OI)(CI)F\"", "\"*${groupSid}:(RX)\"");
        assertThat(serviceMode).contains("$grants += \"*${accountSid}:(OI)(CI)M\"")
                .contains("Invoke-Icacls (@($DataDir, '/inheritance:r', '/grant:r') + $grants)");
        assertThat(serviceMode).contains("Invoke-Icacls @($Run, '/grant:r', \"*${groupSid}:(OI)(CI)(RX)\")")
                .contains("Invoke-Icacls @($Run, '/grant', \"*${groupSid}:(OI)(IO)(W)\")");
        assertThat(script.section("function Invoke-Icacls", "\n}\n")).contains("& icacls.exe @Arguments").contains("throw");
    }

    @Test
    void writesTheServiceHintTheDesktopClientReads() throws Exception {
        String serviceId = script.constant("ServiceId");
        String written = script.section("[IO.File]::WriteAllLines($serviceProperties", "))");
        StringBuilder file = new StringBuilder();
        for (String line : written.split("\n")) {
            int open = line.indexOf('"');
            if (open >= 0) {
                file.append(line, open + 1, line.lastIndexOf('"')).append('\n');
            }
        }
        Properties hint = new Properties();
        hint.load(new StringReader(file.toString().replace("$ServiceId", serviceId)));
        assertThat(hint.getProperty("name")).isEqualTo("primebatch");
        assertThat(hint.getProperty("start")).isEqualTo("Start-Service primebatch (as administrator)");
        assertThat(script.at("$serviceProperties = Join-Path $DataDir 'service.properties'")).isPositive();
    }

    @Test
    void installsAndStartsTheServiceOfTheGeneratedXml() throws Exception {
        String id = GeneratedFiles.xml(GeneratedFiles.file("primebatch-service.xml")).getElementsByTagName("id").item(0).getTextContent();
        assertThat(script.constant("ServiceId")).isEqualTo(id);
        assertThat(serviceMode).contains("& $WinSW install").contains("if ($installed -ne 0) { throw")
                .contains("Start-Service -Name $ServiceId")
                .contains("WaitForStatus('Running'");
        assertThat(serviceMode.indexOf("& $WinSW install")).isLessThan(serviceMode.indexOf("Start-Service -Name $ServiceId"));
    }

    @Test
    void passesTheJacobDllThroughConfigProperties() {
        assertThat(script.section("function Set-JacobDll", "\n}\n")).contains("Set-ConfigProperty $Folder 'engine.mathcad.jacob-dll'");
        assertThat(script.section("function Set-ConfigProperty", "\n}\n")).contains("'config.properties'").contains(".Replace('\\', '\\\\')");
        assertThat(serviceMode).contains("Set-JacobDll $DataDir");
    }

    @Test
    void aPasswordNeverStaysInTheServiceXml() {
        String credential = script.section("Invoke-Icacls @($ServiceXml, '/inheritance:r', '/grant:r'", "\n} else {");
        assertThat(credential).contains("\"*${SystemSid}:F\", \"*${AdministratorsSid}:F\")")
                .contains("Set-ServiceAccount $xml $Credential.GetNetworkCredential().Password")
                .contains("& $WinSW install").contains("} finally {");
        String cleanup = credential.substring(credential.indexOf("} finally {"));
        assertThat(cleanup).contains("Set-ServiceAccount $xml $null").contains("$xml.Save($ServiceXml)").contains("'/reset'");
    }

    @Test
    void userModeRegistersALogonTaskRunningStartAndNoService() {
        assertThat(userMode).contains("Join-Path $env:LOCALAPPDATA 'Primebatch'")
                .contains("New-ScheduledTaskTrigger -AtLogOn -User $user")
                .contains("-RestartCount 3 -RestartInterval")
                .contains("Register-ScheduledTask -TaskPath $TaskPath")
                .contains("--home `\"$DataDir`\" start\"")
                .contains("Remove-Item -LiteralPath (Join-Path $DataDir 'service.properties')")
                .contains("exit 0");
        assertThat(userMode).doesNotContain("$WinSW", "WriteAllLines($serviceProperties", "New-Service", "Start-Service");
        assertThat(script.constant("TaskPath")).isEqualTo("\\Primebatch\\");
    }
}
