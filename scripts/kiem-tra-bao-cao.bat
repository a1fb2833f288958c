@echo off
rem Kiem tra bao cao: keo tha tep bao cao (.docx, .md) vao tep nay.
rem Check a report: drag the report file (.docx, .md) onto this file.
rem Dat baocao.exe va thu muc outline\ canh tep nay. / Keep baocao.exe and outline\ beside it.
chcp 65001 >nul
cd /d "%~dp0"
if "%~1"=="" (
  echo Keo tha tep bao cao vao tep nay. / Drag a report file onto this file.
  pause
  exit /b 2
)
baocao.exe check --outline outline %*
echo.
pause
