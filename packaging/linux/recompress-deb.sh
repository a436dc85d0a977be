#!/bin/sh
# Recompresses the .deb that Tauri's bundler wrote: its payload in xz at the highest preset
# instead of gzip. The bundler has no setting for it (the .rpm's is `bundle.linux.rpm.compression`
# in tauri.conf.json). xz's 64 MiB dictionary spans the whole payload, so the second copy of what
# both programs embed (the checker's model, the fonts, SQLite) costs next to nothing in the
# download. dpkg has read xz payloads since Debian 6 and Ubuntu 10.04.
#
#   packaging/linux/recompress-deb.sh target/release/bundle/deb/upr-kit_0.1.0_amd64.deb
set -eu
deb=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dpkg-deb --raw-extract "$deb" "$work/root"
# One thread: a multi-threaded xz would cut the payload into blocks that share no dictionary.
dpkg-deb --root-owner-group --threads-max=1 -Zxz -z9 -Sextreme --build "$work/root" "$work/recompressed.deb" >/dev/null
mv "$work/recompressed.deb" "$deb"
