#!/usr/bin/env bash
# Runs the whole test suite from a fresh clone: installs what the suite needs that a fresh Debian
# machine may lack, builds the solution (which also builds the built-in plugin folders), runs every
# test project and ends with one line: "TOTAL: N passed, N failed[, N skipped]".
set -euo pipefail
cd "$(dirname "$0")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# Debian packages the suite needs. tzdata: the helpdesk calendar works in Europe/Warsaw time;
# python3: reads the test reports for the summary line; chromium: the browser tests drive it;
# libxml2-utils: xmllint, a second validator of generated NCTS messages against the official schemas;
# xmlsec1: an independent XML-DSig implementation that must accept the platform's XAdES signatures and refuse tampered ones;
# softhsm2: a software PKCS#11 token (libsofthsm2.so, softhsm2-util) the smart-card/HSM signing provider is tested against.
# opensc: pkcs11-tool, which writes a certificate onto that token the way a card personalization tool would (host tests).
# poppler-utils: pdftotext, pdftoppm and pdfinfo read the printed accompanying documents back (text, barcode, pages).
debian_packages=(tzdata python3 chromium libxml2-utils xmlsec1 softhsm2 opensc poppler-utils)
missing=()
for package in "${debian_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required (dotnet on PATH)." >&2; exit 1; }

results="$(pwd)/TestResults"
rm -rf "$results"
if ! dotnet build WrotaCelne.sln -nologo -v quiet -clp:ErrorsOnly; then
  echo "The build failed; no test ran."
  echo "TOTAL: 0 passed, 1 failed"
  exit 1
fi
status=0
for project in tests/*Tests/*Tests.csproj; do
  name=$(basename "$project" .csproj)
  dotnet test "$project" --no-build -nologo -v quiet --logger "trx;LogFileName=$name.trx" --logger "console;verbosity=minimal" --results-directory "$results" || status=$?
done

# One summary line over every test project's TRX report.
python3 - "$results" "$status" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for path in glob.glob(sys.argv[1] + "/*.trx"):
    counters = ET.parse(path).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    skipped += int(counters.get("notExecuted", 0))
if passed + failed == 0 and sys.argv[2] != "0":
    failed = 1  # the run broke before any test reported
print(f"TOTAL: {passed} passed, {failed} failed" + (f", {skipped} skipped" if skipped else ""))
PY
exit "$status"
