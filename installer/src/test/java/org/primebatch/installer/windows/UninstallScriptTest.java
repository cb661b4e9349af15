package org.primebatch.installer.windows;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** uninstall.ps1 as the build copied it into target/windows (PowerShell does not run here: the text is checked). */
class UninstallScriptTest {
    private static PowerShellScript script;

    @BeforeAll
    static void load() throws Exception {
        script = PowerShellScript.load("uninstall.ps1");
    }

    @Test
    void copiedUnchangedAndPlainAscii() throws Exception {
        byte[] source = Files.readAllBytes(Path.of("src/main/windows/uninstall.ps1"));
        assertThat(Files.readAllBytes(GeneratedFiles.file("uninstall.ps1"))).isEqualTo(source);
        assertThat(new String(source, StandardCharsets.US_ASCII).getBytes(StandardCharsets.US_ASCII)).isEqualTo(source);
    }

    @Test
    void refusesToRunWithoutAdministratorRights() {
        assertThat(script.text()).startsWith("#Requires -RunAsAdministrator\n");
        String check = script.section("IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)", "}");
        assertThat(check).contains("must run as administrator").contains("exit 1");
    }

    @Test
    void stopsTheServiceGracefullyThenUninstallsIt() throws Exception {
        PowerShellScript install = PowerShellScript.load("install.ps1");
        assertThat(script.constant("ServiceId")).isEqualTo(install.constant("ServiceId"));
        int stop = script.at("Stop-Service -Name $ServiceId");
        int wait = script.at("$service.WaitForStatus('Stopped', [TimeSpan]::FromMinutes(2))");
        int uninstall = script.at("& $WinSW uninstall");
        assertThat(stop).isLessThan(wait);
        assertThat(wait).isLessThan(uninstall);
        assertThat(script.section("& $WinSW uninstall", "}")).contains("if ($LASTEXITCODE -ne 0) { throw");
    }

    @Test
    void removesTheLogonTasksTheInstallerRegisters() throws Exception {
        PowerShellScript install = PowerShellScript.load("install.ps1");
        assertThat(script.constant("TaskPath")).isEqualTo(install.constant("TaskPath"));
        assertThat(script.code()).contains("Get-ScheduledTask -TaskPath $TaskPath -ErrorAction SilentlyContinue")
                .contains("$tasks | Unregister-ScheduledTask -Confirm:$false");
    }

    @Test
    void keepsTheDataUnlessPurgeAndAsksUnlessForce() {
        assertThat(script.section("param(", "\n)\n")).contains("[switch] $Purge", "[switch] $Force");
        String keep = script.section("if (-not $Purge) {", "}");
        assertThat(keep).contains("exit 0");
        int delete = script.at("Remove-Item -LiteralPath $dir -Recurse -Force");
        assertThat(script.code().indexOf("Remove-Item")).as("the only deletion is the purge").isEqualTo(delete);
        assertThat(script.at("if (-not $Purge) {")).isLessThan(delete);
        String ask = script.section("if (-not $Force) {", "Remove-Item -LiteralPath $dir");
        assertThat(ask).contains("Read-Host").contains("if ($answer -ne 'yes') {").contains("continue");
        assertThat(script.at("Remove-LocalGroup")).isGreaterThan(script.at("if (-not $Purge) {"));
    }

    @Test
    void purgesTheHomeTheServiceWasGiven() {
        assertThat(script.code()).contains("$xml.SelectSingleNode(\"/service/env[@name='PRIMEBATCH_HOME']\").GetAttribute('value')");
    }
}
