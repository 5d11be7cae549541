#!/usr/bin/env bash
# Installs the system packages the game needs on Debian or Ubuntu (as root, or with sudo):
# to build Bevy's X11 window (pkg-config, X11 headers) and its system-font fallback (fontconfig
# headers; the CJK font itself ships inside the game), to run it (X11 client libraries, the
# Vulkan loader and Mesa's Vulkan drivers, which include the software renderer lavapipe), and for
# the screenshot check (Xvfb, ImageMagick); python3 runs CI's scripts and the local Ralph LRS.
# The CLI and the core need only pkg-config and the OpenSSL headers (libssl-dev), for HTTPS to a
# Learning Record Store through the system's TLS.
set -euo pipefail

packages="pkg-config libssl-dev libfontconfig-dev python3 libx11-dev libx11-6 libxcursor1 libxi6 libxrandr2 libxkbcommon-x11-0 libvulkan1 mesa-vulkan-drivers xvfb xauth imagemagick"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -z "$missing" ]; then
    exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
fi
echo "setup: installing$missing"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
