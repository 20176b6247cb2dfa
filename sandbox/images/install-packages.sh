#!/bin/sh
# Install the packages of packages.txt, unless they are all installed already: the base image that
# `vetkit setup` builds from Debian's packages holds them, since builds on an engine that remaps
# users (--userns-remap) have no network.  Usage: install-packages.sh FOLDER, where FOLDER holds
# packages.txt and build-ca.crt (the CA bundle to trust while packages download).
set -eu
folder=$1
packages=$(grep -v '^#' "$folder/packages.txt")
if dpkg -s $packages >/dev/null 2>&1; then
    echo "every package of packages.txt is installed already"
    exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt_opts="-o Acquire::https::CAInfo=$folder/build-ca.crt -o Acquire::Retries=3 -q"
apt-get $apt_opts update
apt-get $apt_opts install -y --no-install-recommends $packages
apt-get clean
rm -rf /var/lib/apt/lists/*
