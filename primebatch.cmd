@echo off
rem Runs the primebatch command line; builds its jar first when it is missing.
setlocal
set "ROOT=%~dp0"
set "JAR=%ROOT%daemon\target\primebatch.jar"
if not exist "%JAR%" (
  echo primebatch: building %JAR% ... 1>&2
  pushd "%ROOT%"
  call mvn -q -B -DskipTests -pl daemon -am package 1>&2 || (popd & exit /b 2)
  popd
)
java -jar "%JAR%" %*
exit /b %ERRORLEVEL%
