#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium through playwright-core; no browser is
# downloaded. Installs the Debian package when it is missing (the machines run as root).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
echo "Installing Debian's chromium for the end-to-end tests …"
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
command -v chromium
