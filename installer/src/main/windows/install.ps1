#Requires -RunAsAdministrator
#Requires -Version 5.1
<#
.SYNOPSIS
Installs the Primebatch daemon: as the Windows service "primebatch" (WinSW), or as a logon task of the current user.

.DESCRIPTION
Run from an installed Primebatch image (C:\Program Files\Primebatch, with app\ and runtime\), in PowerShell opened
with "Run as administrator". See docs/install-windows.md for which mode to choose.

-Mode Service (default): data in %ProgramData%\Primebatch with its own permissions, the service "primebatch"
installed and started; members of the local group "Primebatch Users" may use it.
-Mode User: a scheduled task that runs "primebatch start" when the current user logs on; data in
%LOCALAPPDATA%\Primebatch; no service.

.EXAMPLE
.\install.ps1
.\install.ps1 -JacobDll 'C:\tools\jacob-1.14.3-x64.dll'
.\install.ps1 -ServiceAccount 'NT AUTHORITY\LocalService'
.\install.ps1 -Credential (Get-Credential CONTOSO\svc-primebatch)
.\install.ps1 -Mode User
#>
[CmdletBinding()]
param(
    [ValidateSet('Service', 'User')]
    [string] $Mode = 'Service',

    # The installed image: holds app\primebatch.jar, app\primebatch-service.exe and runtime\bin\java.exe.
    [string] $InstallDir = (Split-Path -Parent $PSScriptRoot),

    # The daemon's home (queue, results, logs). Service: %ProgramData%\Primebatch; User: %LOCALAPPDATA%\Primebatch.
    [string] $DataDir,

    # LocalSystem, 'NT AUTHORITY\LocalService', 'NT AUTHORITY\NetworkService', or a gMSA ending in $ (no password).
    [string] $ServiceAccount = 'LocalSystem',

    # A user account the service runs as (its password is given to the service manager, not kept in a file).
    [pscredential] $Credential,

    # The JACOB DLL for the Mathcad engine; written to config.properties. Not needed when it is beside primebatch.jar.
    [string] $JacobDll
)

$ErrorActionPreference = 'Stop'

# SHA-256 of WinSW-x64.exe from the v2.12.0 release of github.com/winsw/winsw, as Scoop's manifest of that release
# records it (ScoopInstaller/Main, bucket/winsw.json). A release with another WinSW changes it (and the docs).
$WinSWSha256 = '05b82d46ad331cc16bdc00de5c6332c1ef818df8ceefcd49c726553209b3a0da'
$ServiceId = 'primebatch'
$GroupName = 'Primebatch Users'
$TaskPath = '\Primebatch\'
$SystemSid = 'S-1-5-18'          # NT AUTHORITY\SYSTEM
$AdministratorsSid = 'S-1-5-32-544'  # BUILTIN\Administrators

$identity = [Security.Principal.WindowsIdentity]::GetCurrent()
$principal = New-Object Security.Principal.WindowsPrincipal($identity)
if (-not $principal.IsInRole([Security.Principal.WindowsBuiltInRole]::Administrator)) {
    Write-Host 'install.ps1 must run as administrator: open PowerShell with "Run as administrator" and run it again.' -ForegroundColor Red
    exit 1
}

$App = Join-Path $InstallDir 'app'
$Jar = Join-Path $App 'primebatch.jar'
$Java = Join-Path $InstallDir 'runtime\bin\java.exe'
$JavaW = Join-Path $InstallDir 'runtime\bin\javaw.exe'
$WinSW = Join-Path $App 'primebatch-service.exe'
$ServiceXml = Join-Path $App 'primebatch-service.xml'

function Assert-File([string] $Path, [string] $What) {
    if (-not (Test-Path -LiteralPath $Path -PathType Leaf)) {
        throw "$What is missing: $Path (is -InstallDir the Primebatch image?)"
    }
}

# Runs icacls and stops on failure; every grant names a SID so that it works on any Windows language.
function Invoke-Icacls([string[]] $Arguments) {
    & icacls.exe @Arguments | Out-Null
    if ($LASTEXITCODE -ne 0) {
        throw "icacls $($Arguments -join ' ') failed with exit code $LASTEXITCODE"
    }
}

function Get-Sid([string] $Account) {
    $name = if ($Account -eq 'LocalSystem') { 'NT AUTHORITY\SYSTEM' } else { $Account }
    (New-Object Security.Principal.NTAccount($name)).Translate([Security.Principal.SecurityIdentifier]).Value
}

# Writes a key of config.properties (Java properties: a backslash is written as two).
function Set-ConfigProperty([string] $Folder, [string] $Key, [string] $Value) {
    $file = Join-Path $Folder 'config.properties'
    $line = "$Key = " + $Value.Replace('\', '\\')
    $lines = @()
    if (Test-Path -LiteralPath $file) {
        $lines = @(Get-Content -LiteralPath $file | Where-Object { $_ -notmatch ('^\s*' + [regex]::Escape($Key) + '\s*[=:]') })
    }
    [IO.File]::WriteAllLines($file, [string[]] ($lines + $line))
}

function Set-JacobDll([string] $Folder) {
    if ($JacobDll) {
        Assert-File $JacobDll 'The JACOB DLL'
        Set-ConfigProperty $Folder 'engine.mathcad.jacob-dll' (Resolve-Path -LiteralPath $JacobDll).Path
        Write-Host "Mathcad engine: JACOB DLL $JacobDll (config.properties)"
    } elseif (-not (Test-Path -LiteralPath (Join-Path $App 'jacob-1.14.3-x64.dll'))) {
        Write-Warning ('No JACOB DLL: the mathcad engine stays unavailable until jacob-1.14.3-x64.dll is put in ' +
            "$App or given with -JacobDll (docs/mathcad.md). The native and echo engines work without it.")
    }
}

Assert-File $Jar 'primebatch.jar'
Assert-File $Java 'The Java runtime'
Assert-File $JavaW 'The Java runtime (javaw.exe)'

if ($Mode -eq 'User') {
    if (Get-Service -Name $ServiceId -ErrorAction SilentlyContinue) {
        throw "The service $ServiceId is installed; remove it first with uninstall.ps1, then install the user mode."
    }
    if (-not $DataDir) { $DataDir = Join-Path $env:LOCALAPPDATA 'Primebatch' }
    $DataDir = [IO.Path]::GetFullPath($DataDir).TrimEnd('\')
    $user = $identity.Name

    foreach ($dir in @($DataDir, (Join-Path $DataDir 'logs'), (Join-Path $DataDir 'run'))) {
        New-Item -ItemType Directory -Force -Path $dir | Out-Null
    }
    # The user's own home: inheritance removed; the user, SYSTEM and Administrators only.
    Invoke-Icacls @($DataDir, '/inheritance:r', '/grant:r',
        "*$($identity.User.Value):(OI)(CI)F", "*${SystemSid}:(OI)(CI)F", "*${AdministratorsSid}:(OI)(CI)F")
    # A service's hint would make the desktop client refuse to start the daemon itself.
    Remove-Item -LiteralPath (Join-Path $DataDir 'service.properties') -ErrorAction SilentlyContinue
    Set-JacobDll $DataDir

    # javaw: no console window at logon; "start" returns once the daemon answers, the daemon keeps running.
    $action = New-ScheduledTaskAction -Execute $JavaW -WorkingDirectory $DataDir `
        -Argument "-jar `"$Jar`" --home `"$DataDir`" start"
    $trigger = New-ScheduledTaskTrigger -AtLogOn -User $user
    $taskPrincipal = New-ScheduledTaskPrincipal -UserId $user -LogonType Interactive -RunLevel Limited
    $settings = New-ScheduledTaskSettingsSet -RestartCount 3 -RestartInterval (New-TimeSpan -Minutes 1) `
        -ExecutionTimeLimit ([TimeSpan]::Zero) -MultipleInstances IgnoreNew -StartWhenAvailable `
        -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries
    $taskName = "Primebatch daemon ($env:USERNAME)"
    Register-ScheduledTask -TaskPath $TaskPath -TaskName $taskName -Action $action -Trigger $trigger `
        -Principal $taskPrincipal -Settings $settings -Force `
        -Description "Starts the Primebatch daemon for $user at logon (home $DataDir)." | Out-Null
    Start-ScheduledTask -TaskPath $TaskPath -TaskName $taskName

    Write-Host "Installed for $user : the task $TaskPath$taskName starts the daemon at logon (started now)."
    Write-Host "Home: $DataDir"
    exit 0
}

# ---- Service mode ----

Assert-File $WinSW 'primebatch-service.exe (WinSW-x64.exe 2.12.0)'
Assert-File $ServiceXml 'primebatch-service.xml'
$actual = (Get-FileHash -LiteralPath $WinSW -Algorithm SHA256).Hash
if ($actual -ne $WinSWSha256) {
    throw ("primebatch-service.exe is not WinSW-x64.exe 2.12.0: its SHA-256 is $actual, expected $WinSWSha256. " +
        'Nothing was installed; replace it with the file from github.com/winsw/winsw/releases/tag/v2.12.0.')
}
if (Get-ScheduledTask -TaskPath $TaskPath -ErrorAction SilentlyContinue) {
    Write-Warning "Logon tasks in $TaskPath start per-user daemons; remove them with uninstall.ps1 if the service replaces them."
}
if (-not $DataDir) { $DataDir = Join-Path $env:ProgramData 'Primebatch' }
# No trailing backslash: in a quoted argument, \" would escape the closing quote.
$DataDir = [IO.Path]::GetFullPath($DataDir).TrimEnd('\')

if ($Credential) {
    $accountName = $Credential.UserName
} else {
    $accountName = $ServiceAccount
}
$accountSid = Get-Sid $accountName

$group = Get-LocalGroup -Name $GroupName -ErrorAction SilentlyContinue
if (-not $group) {
    $group = New-LocalGroup -Name $GroupName -Description 'May submit batches to the Primebatch service.'
    Write-Host "Created the local group '$GroupName'."
}
$groupSid = $group.SID.Value

$Logs = Join-Path $DataDir 'logs'
$Run = Join-Path $DataDir 'run'
foreach ($dir in @($DataDir, $Logs, $Run)) {
    New-Item -ItemType Directory -Force -Path $dir | Out-Null
}
# The home: inheritance removed; SYSTEM and Administrators full control, the service account modify (logs, run and
# the queue below inherit it). The group may list the home itself (no inheritance) to read service.properties.
$grants = @("*${SystemSid}:(OI)(CI)F", "*${AdministratorsSid}:(OI)(CI)F", "*${groupSid}:(RX)")
if ($accountSid -ne $SystemSid) { $grants += "*${accountSid}:(OI)(CI)M" }
Invoke-Icacls (@($DataDir, '/inheritance:r', '/grant:r') + $grants)
# run\ holds the socket: the group may read and traverse it, and write to the files in it, because connecting to a
# Unix domain socket on Windows needs write access to the socket file. It cannot create or delete files there.
Invoke-Icacls @($Run, '/grant:r', "*${groupSid}:(OI)(CI)(RX)")
Invoke-Icacls @($Run, '/grant', "*${groupSid}:(OI)(IO)(W)")

$serviceProperties = Join-Path $DataDir 'service.properties'
[IO.File]::WriteAllLines($serviceProperties, [string[]] @(
    "name=$ServiceId",
    "start=Start-Service $ServiceId (as administrator)"))
Invoke-Icacls @($serviceProperties, '/grant', "*${groupSid}:(R)")
Set-JacobDll $DataDir

# The service XML: this data folder and the account.
$existing = Get-Service -Name $ServiceId -ErrorAction SilentlyContinue
if ($existing) {
    Write-Host "Replacing the installed service $ServiceId ..."
    if ($existing.Status -ne 'Stopped') {
        Stop-Service -Name $ServiceId
        $existing.WaitForStatus('Stopped', [TimeSpan]::FromMinutes(2))
    }
    & $WinSW uninstall
    if ($LASTEXITCODE -ne 0) { throw "primebatch-service.exe uninstall failed with exit code $LASTEXITCODE" }
}

$xml = New-Object Xml.XmlDocument
$xml.XmlResolver = $null
$xml.Load($ServiceXml)
$xml.SelectSingleNode("/service/env[@name='PRIMEBATCH_HOME']").SetAttribute('value', $DataDir)
$xml.SelectSingleNode('/service/workingdirectory').InnerText = $DataDir
$xml.SelectSingleNode('/service/logpath').InnerText = Join-Path $DataDir 'logs'
$arguments = $xml.SelectSingleNode('/service/arguments')
$arguments.InnerText = $arguments.InnerText -replace '--home "[^"]*"', ('--home "' + $DataDir.Replace('$', '$$') + '"')

function Set-ServiceAccount([Xml.XmlDocument] $Document, [string] $Password) {
    $old = $Document.SelectSingleNode('/service/serviceaccount')
    $account = $Document.CreateElement('serviceaccount')
    $parts = [ordered] @{}
    if ($accountName -eq 'LocalSystem') {
        $parts.user = 'LocalSystem'
    } else {
        $domain, $name = if ($accountName.Contains('\')) { $accountName -split '\\', 2 } else { '.', $accountName }
        $parts.domain = $domain
        $parts.user = $name
        if ($Password) { $parts.password = $Password }
        if ($domain -ne 'NT AUTHORITY') { $parts.allowservicelogon = 'true' }
    }
    foreach ($key in $parts.Keys) {
        $element = $Document.CreateElement($key)
        $element.InnerText = $parts[$key]
        $account.AppendChild($element) | Out-Null
    }
    $old.ParentNode.ReplaceChild($account, $old) | Out-Null
}

if ($Credential) {
    # The password is in the XML only while WinSW installs the service, with the file readable by SYSTEM and
    # Administrators only; afterwards the file is written without it and gets its inherited permissions back.
    Invoke-Icacls @($ServiceXml, '/inheritance:r', '/grant:r', "*${SystemSid}:F", "*${AdministratorsSid}:F")
    try {
        Set-ServiceAccount $xml $Credential.GetNetworkCredential().Password
        $xml.Save($ServiceXml)
        & $WinSW install
        $installed = $LASTEXITCODE
    } finally {
        Set-ServiceAccount $xml $null
        $xml.Save($ServiceXml)
        Invoke-Icacls @($ServiceXml, '/reset')
    }
} else {
    Set-ServiceAccount $xml $null
    $xml.Save($ServiceXml)
    & $WinSW install
    $installed = $LASTEXITCODE
}
if ($installed -ne 0) { throw "primebatch-service.exe install failed with exit code $installed" }

# The command line and the desktop client find the service's home through PRIMEBATCH_HOME.
[Environment]::SetEnvironmentVariable('PRIMEBATCH_HOME', $DataDir, 'Machine')

Start-Service -Name $ServiceId
(Get-Service -Name $ServiceId).WaitForStatus('Running', [TimeSpan]::FromMinutes(1))

Write-Host "Installed the service $ServiceId (account $accountName), running. Home: $DataDir"
Write-Host "Let a user submit batches: Add-LocalGroupMember -Group '$GroupName' -Member 'DOMAIN\user' (then log on again)."
