#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core, and the server prints
# reports with it; no browser is downloaded. The report tests read the PDFs back with poppler's
# pdftotext and pdftoppm. Installs the Debian packages that are missing (the machines run as root).
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ "${#missing[@]}" -eq 0 ]; then exit 0; fi
echo "Installing Debian's ${missing[*]} for the end-to-end tests …"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
command -v chromium pdftotext
