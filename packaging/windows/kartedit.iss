; Inno Setup script: a per-user kartedit installer for Windows (no administrator rights).
;
; Built from the PyInstaller one-folder build (packaging/build_dist.py on Windows writes
; build\dist\out\kartedit, build\dist\icons\kartedit.ico and bundle.ico, and the version
; resource from kartedit.__version__). Compile with:
;   iscc /DVersion=0.1.0 packaging\windows\kartedit.iss
; Untested: these machines cannot run Windows or Inno Setup (see README).

#ifndef Version
  #define Version "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6B0E3F2A-5C1D-4E8B-9A7F-2D4C6E8A0B13}
AppName=kartedit
AppVersion={#Version}
AppPublisher=kartedit
DefaultDirName={localappdata}\Programs\kartedit
DefaultGroupName=kartedit
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir={#Root}\dist
OutputBaseFilename=kartedit-{#Version}-windows-x86_64-setup
SetupIconFile={#Root}\build\dist\icons\kartedit.ico
UninstallDisplayIcon={app}\kartedit-gui.exe
LicenseFile={#Root}\LICENSE
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "nb"; MessagesFile: "compiler:Languages\Norwegian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Root}\build\dist\out\kartedit\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "{#Root}\build\dist\icons\bundle.ico"; DestDir: "{app}"; Flags: ignoreversion

[Icons]
; kartedit-gui.exe is the windowed twin of kartedit.exe (no console beside the window).
Name: "{userprograms}\kartedit"; Filename: "{app}\kartedit-gui.exe"; IconFilename: "{app}\kartedit-gui.exe"

[Registry]
; The .kartbundle file type, for this user only (HKCU\Software\Classes).
Root: HKCU; Subkey: "Software\Classes\.kartbundle"; ValueType: string; ValueName: ""; ValueData: "kartedit.bundle"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.kartbundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/vnd.kartedit.bundle+zip"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\kartedit.bundle"; ValueType: string; ValueName: ""; ValueData: "kartedit bundle"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\kartedit.bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\bundle.ico"
Root: HKCU; Subkey: "Software\Classes\kartedit.bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\kartedit-gui.exe"" ""%1"""

[Run]
Filename: "{app}\kartedit-gui.exe"; Description: "{cm:LaunchProgram,kartedit}"; Flags: nowait postinstall skipifsilent
