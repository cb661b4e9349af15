#Requires -RunAsAdministrator
#Requires -Version 5.1
<#
.SYNOPSIS
Removes the Primebatch service "primebatch" and the Primebatch logon tasks. The data stays unless -Purge is given.

.DESCRIPTION
Stops the service gracefully (the daemon finishes writing its results; up to two minutes), removes it with
primebatch-service.exe uninstall, stops the current user's daemon and removes every task in \Primebatch\.
-Purge also deletes the data folders (queue, results, logs, configuration) and the group "Primebatch Users",
after a confirmation unless -Force is given. Run it before removing the program (the MSI does not run it).

.EXAMPLE
.\uninstall.ps1
.\uninstall.ps1 -Purge
.\uninstall.ps1 -Purge -Force
#>
[CmdletBinding()]
param(
    # The installed image (holds app\primebatch-service.exe).
    [string] $InstallDir = (Split-Path -Parent $PSScriptRoot),

    # The data folder to purge; by default the service's home and the current user's %LOCALAPPDATA%\Primebatch.
    [string] $DataDir,

    # Also delete the data (queue, results, logs) and the group "Primebatch Users".
    [switch] $Purge,

    # Purge without asking.
    [switch] $Force
)

$ErrorActionPreference = 'Stop'
$ServiceId = 'primebatch'
$GroupName = 'Primebatch Users'
$TaskPath = '\Primebatch\'

$principal = New-Object Security.Principal.WindowsPrincipal([Security.Principal.WindowsIdentity]::GetCurrent())
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Host 'uninstall.ps1 must run as administrator: open PowerShell with "Run as administrator" and run it again.' -ForegroundColor Red
    exit 1
}

$App = Join-Path $InstallDir 'app'
$WinSW = Join-Path $App 'primebatch-service.exe'
$ServiceXml = Join-Path $App 'primebatch-service.xml'
$Jar = Join-Path $App 'primebatch.jar'
$Java = Join-Path $InstallDir 'runtime\bin\java.exe'
$homes = New-Object Collections.Generic.List[string]

# ---- The service ----
$service = Get-Service -Name $ServiceId -ErrorAction SilentlyContinue
if ($service) {
    if (Test-Path -LiteralPath $ServiceXml) {
        $xml = New-Object Xml.XmlDocument
        $xml.XmlResolver = $null
        $xml.Load($ServiceXml)
        $homes.Add($xml.SelectSingleNode("/service/env[@name='PRIMEBATCH_HOME']").GetAttribute('value'))
    }
    if ($service.Status -ne 'Stopped') {
        Write-Host "Stopping the service $ServiceId (the daemon finishes what it is writing) ..."
        Stop-Service -Name $ServiceId
        $service.WaitForStatus('Stopped', [TimeSpan]::FromMinutes(2))
    }
    if (Test-Path -LiteralPath $WinSW) {
        & $WinSW uninstall
        if ($LASTEXITCODE -ne 0) { throw "primebatch-service.exe uninstall failed with exit code $LASTEXITCODE" }
    } else {
        & sc.exe delete $ServiceId | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "sc.exe delete $ServiceId failed with exit code $LASTEXITCODE" }
    }
    Write-Host "Removed the service $ServiceId."
}
$machineHome = [Environment]::GetEnvironmentVariable('PRIMEBATCH_HOME', 'Machine')
if ($machineHome) {
    $homes.Add($machineHome)
    [Environment]::SetEnvironmentVariable('PRIMEBATCH_HOME', $null, 'Machine')
}

# ---- The per-user logon tasks ----
$tasks = @(Get-ScheduledTask -TaskPath $TaskPath -ErrorAction SilentlyContinue)
if ($tasks.Count -gt 0) {
    $userHome = Join-Path $env:LOCALAPPDATA 'Primebatch'
    if ((Test-Path -LiteralPath $Java) -and (Test-Path -LiteralPath $Jar)) {
        # This user's daemon stops gracefully; other users' daemons stop when they log off.
        & $Java -jar $Jar --home $userHome stop 2>&1 | Out-Null
    }
    $homes.Add($userHome)
    $tasks | Unregister-ScheduledTask -Confirm:$false
    Write-Host "Removed $($tasks.Count) logon task(s) in $TaskPath."
}

if (-not $Purge) {
    Write-Host 'The data stays (queue, results, logs); run with -Purge to delete it.'
    exit 0
}

# ---- -Purge: the data ----
if ($DataDir) {
    $homes = @($DataDir)
} elseif ($homes.Count -eq 0) {
    $homes.Add((Join-Path $env:ProgramData 'Primebatch'))
}
foreach ($dir in ($homes | Where-Object { $_ } | Sort-Object -Unique)) {
    if (-not (Test-Path -LiteralPath $dir)) { continue }
    if (-not $Force) {
        $answer = Read-Host "Delete $dir with its queue, results and logs? Type yes to delete"
        if ($answer -ne 'yes') {
            Write-Host "Kept $dir."
            continue
        }
    }
    Remove-Item -LiteralPath $dir -Recurse -Force
    Write-Host "Deleted $dir."
}
if (Get-LocalGroup -Name $GroupName -ErrorAction SilentlyContinue) {
    Remove-LocalGroup -Name $GroupName
    Write-Host "Removed the local group '$GroupName'."
}
