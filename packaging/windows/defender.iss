; Inno Setup 6 script for Defender on Windows (64-bit). Build it on Windows after the bundle:
;
;   .venv\Scripts\pyinstaller --noconfirm packaging\defender.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\defender.iss
;
; Kept consistent with packaging/defender.spec: the bundle is dist\defender\ with
; defender-app.exe (GUI), defender.exe (command line) and _internal\; the version is read
; from defender-app.exe, whose version resource the spec fills from defender_app.__version__.
; See BUILD-windows.md beside this file.

#define AppId "io.github.defender.Defender"
#define Bundle "..\..\dist\defender"
#define AppExe "defender-app.exe"
#define AppVersion GetStringFileInfo(Bundle + "\" + AppExe, "ProductVersion")
#define AppNumbers GetVersionNumbersString(Bundle + "\" + AppExe)
#if AppVersion == ""
  #error "dist\defender\defender-app.exe not found or without a version: build the bundle first"
#endif

[Setup]
; The GUID identifies the product across upgrades: never change it.
AppId={{1C1A9D45-1DAC-463C-8ADC-F6B1A1F94CAD}
AppName=Defender
AppVersion={#AppVersion}
AppVerName=Defender {#AppVersion}
AppPublisher=The Defender developers
VersionInfoVersion={#AppNumbers}
; Defenders often have no administrator account: install for the current user by default,
; offering "all users" when the person can elevate.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Defender
DefaultGroupName=Defender
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 or newer.
MinVersion=10.0.17763
SetupIconFile=..\icons\defender.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Defender
OutputDir=..\..\dist
OutputBaseFilename=defender-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Close a running Defender (it saves and locks on close) before replacing its files.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
es.DesktopIcon=Crear un acceso directo en el escritorio
en.DesktopIcon=Create a desktop shortcut
es.SelftestFailed=Defender se instaló, pero su comprobación falló (código %1). Vuelva a instalarlo o pida ayuda a su contacto técnico.
en.SelftestFailed=Defender was installed, but its self-check failed (code %1). Reinstall it or ask your technical contact.
es.Checking=Comprobando que Defender funciona...
en.Checking=Checking that Defender works...

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle whole: files a newer version no longer ships must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Defender"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\Defender"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Defender}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes the program only. The records (the encrypted vault) live in
; %LOCALAPPDATA%\Defender and stay; a person erases them from the app or with
; "defender.exe vault erase", never by accident through the uninstaller.

[Code]
procedure CurStepChanged(CurStep: TSetupStep);
var
  ResultCode: Integer;
begin
  if CurStep = ssPostInstall then
  begin
    WizardForm.StatusLabel.Caption := CustomMessage('Checking');
    { --selftest: a throwaway vault in a private temporary folder, erased at the end. }
    if Exec(ExpandConstant('{app}\{#AppExe}'), '--selftest', '', SW_HIDE,
            ewWaitUntilTerminated, ResultCode) and (ResultCode <> 0) then
      SuppressibleMsgBox(FmtMessage(CustomMessage('SelftestFailed'), [IntToStr(ResultCode)]),
                         mbError, MB_OK, IDOK);
  end;
end;
