@echo off
rem The Zonewright command line. Needs a Java 17 (or newer) runtime: %JAVA_HOME%\bin\java, or java on the PATH.
setlocal
set "ZW_HOME=%~dp0.."
set "ZW_JAVA=java"
if defined JAVA_HOME set "ZW_JAVA=%JAVA_HOME%\bin\java"
"%ZW_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.awt.headless=true %ZONEWRIGHT_OPTS% -cp "%ZW_HOME%\lib\*" io.zonewright.Launcher %*
exit /b %ERRORLEVEL%
