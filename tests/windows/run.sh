#!/usr/bin/env bash
# The command line's Windows build, run under Wine: what the Linux tests cannot show about the
# way Windows treats files. There a file is flushed to the disk only through a handle that may
# write to it, a file a PDF reader holds open cannot be replaced, and a folder cannot be opened
# as a file. Each step below writes, replaces or syncs files the way a user's command does:
# documents, snapshots before every destructive action, restore, encryption, the coalition's
# share files and exchange folder. A step that fails stops the run with what it printed.
# Then every CLI test of the integration suite (`cli_*.rs`) runs against the Windows build,
# through `UPR_KIT_TEST_PROGRAM`.
#
#   tests/windows/run.sh [path/to/upr-kit.exe]      (SMOKE_ONLY=1: the steps below alone)
#
# `make test-windows` builds the program for Windows (x86_64-pc-windows-gnu) and runs this.
# Needs wine64 and the MinGW-w64 C compiler (apt: wine64 gcc-mingw-w64-x86-64), and
# poppler-utils for reading a brief back. Wine is not Windows: a pass here says these steps
# work on Wine's emulation of Windows' file rules, which follows Windows on the points above.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
exe=${1:-$root/target/x86_64-pc-windows-gnu/debug/upr-kit.exe}
[ -f "$exe" ] || { echo "no $exe: build it with 'make test-windows'" >&2; exit 1; }
exe=$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")
wine=$(command -v wine64 || echo /usr/lib/wine/wine64)
[ -x "$wine" ] || { echo "missing wine64: apt-get install wine64" >&2; exit 1; }
command -v x86_64-w64-mingw32-gcc >/dev/null ||
  { echo "missing x86_64-w64-mingw32-gcc: apt-get install gcc-mingw-w64-x86-64" >&2; exit 1; }

work=$(mktemp -d)
holder_pid=
cleanup() {
  [ -n "$holder_pid" ] && kill "$holder_pid" 2>/dev/null
  WINEPREFIX=$work/prefix "$(dirname "$wine")/wineserver" -k 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
export WINEPREFIX=$work/prefix WINEDEBUG=-all
# One Wine server for the whole run, kept up between commands: otherwise the first command
# after an idle pause starts a new one, which inherits that command's limits (a test's file
# size limit standing in for a full disk), and a command may meet a server shutting down.
mkdir -p "$WINEPREFIX"
"$(dirname "$wine")/wineserver" -p </dev/null >/dev/null 2>&1
"$wine" cmd /c exit >/dev/null 2>&1 || true # creates the prefix
x86_64-w64-mingw32-gcc -O2 -shared -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  "$root/tests/windows/bcryptprimitives.c" -ladvapi32
x86_64-w64-mingw32-gcc -O2 -municode -o "$work/hold-open.exe" "$root/tests/windows/hold-open.c"

steps=0
out=$work/out.txt
# ok DIR ARGS…: the command succeeds on data folder DIR; its output is in $out.
ok() {
  local dir=$1
  shift
  if ! "$wine" "$exe" --data-dir "$dir" "$@" >"$out" 2>&1 </dev/null; then
    echo "FAILED on Windows (Wine): upr-kit $*" >&2
    cat "$out" >&2
    exit 1
  fi
  steps=$((steps + 1))
}
# fails DIR ARGS…: the command fails (with its message in $out).
fails() {
  local dir=$1
  shift
  if "$wine" "$exe" --data-dir "$dir" "$@" >"$out" 2>&1 </dev/null; then
    echo "should have failed on Windows (Wine): upr-kit $*" >&2
    cat "$out" >&2
    exit 1
  fi
  steps=$((steps + 1))
}
says() {
  grep -q -- "$1" "$out" || { echo "expected \"$1\" in:" >&2; cat "$out" >&2; exit 1; }
}
snapshots() { "$wine" "$exe" --data-dir "$1" snapshots </dev/null | grep -c sqlite3 || true; }

a=$work/a
ok "$a" init-demo
ok "$a" --version
says "data file schema"

# Documents: written to a temporary file, flushed, renamed over the old one.
ok "$a" brief --out "$work/brief.pdf"
[ "$(pdfinfo "$work/brief.pdf" | awk '/^Pages/ {print $2}')" = 2 ] || { echo "the brief is not 2 pages" >&2; exit 1; }
ok "$a" brief --out "$work/brief.pdf" --lang ar
ok "$a" briefs --all-targets --out "$work/print-run"
[ "$(ls "$work/print-run" | grep -c '\.pdf$')" = 4 ] || { ls "$work/print-run" >&2; exit 1; }
ok "$a" calendar --ics "$work/calendar.ics"

# A brief open in a PDF reader: the new one is refused with what to do, the old one untouched.
cp "$work/brief.pdf" "$work/before.pdf"
mkfifo "$work/hold"
"$wine" "$work/hold-open.exe" "$work/brief.pdf" <"$work/hold" >"$work/holding" 2>&1 &
holder_pid=$!
exec 3>"$work/hold"
for _ in $(seq 100); do grep -q holding "$work/holding" && break; sleep 0.2; done
grep -q holding "$work/holding" || { echo "the reader did not open the brief:" >&2; cat "$work/holding" >&2; exit 1; }
fails "$a" brief --out "$work/brief.pdf"
says "could not be replaced: another program has it open"
cmp -s "$work/brief.pdf" "$work/before.pdf" || { echo "the open brief was changed" >&2; exit 1; }
[ "$(ls -A "$work" | grep -c '\.tmp$')" = 0 ] || { echo "a temporary file was left" >&2; ls -A "$work" >&2; exit 1; }
exec 3>&-
wait "$holder_pid"
holder_pid=
ok "$a" brief --out "$work/brief.pdf"

# Snapshots: each destructive action takes one first (written by SQLite, then flushed).
ok "$a" export "$work/backup.json"
before=$(snapshots "$a")
ok "$a" import --replace "$work/backup.json"
ok "$a" snapshot
[ "$(snapshots "$a")" -ge $((before + 2)) ] || { echo "no snapshot before the import" >&2; exit 1; }
ok "$a" start-own --organisation "Kenya Human Rights Watch" --state-under-review Kenya --review-date 2027-01-20
ok "$a" show
says "Kenya Human Rights Watch"
demo=$("$wine" "$exe" --data-dir "$a" snapshots </dev/null | awk '/before-replace/ {print $1; exit}')
ok "$a" restore-snapshot "$demo"
ok "$a" show
says "Meridia Coalition for Human Rights"

# Encryption on, passphrase changed, off: each rewrites the data file and takes a snapshot.
printf 'correct horse battery staple 42\n' >"$work/pass1"
printf 'another long passphrase 77\n' >"$work/pass2"
ok "$a" encrypt --new-passphrase-file "$work/pass1"
fails "$a" show
says "encrypted"
export UPR_KIT_PASSPHRASE_FILE=$work/pass1
ok "$a" show
ok "$a" change-passphrase --new-passphrase-file "$work/pass2"
export UPR_KIT_PASSPHRASE_FILE=$work/pass2
ok "$a" brief --out "$work/encrypted-brief.pdf"
ok "$a" decrypt
unset UPR_KIT_PASSPHRASE_FILE
ok "$a" show
says "Meridia Coalition for Human Rights"

# The coalition: share, join, merge, and the exchange folder both partners write to. The
# partner's data folder has a name in three scripts and spaces, as a user's folder may.
b="$work/Иван Документы/مجلد 数据"
mkdir -p "$(dirname "$b")"
ok "$a" share --out "$work/mchr.uprshare"
ok "$b" join --organisation "Prison Watch Meridia" "$work/mchr.uprshare"
ok "$b" share --out "$work/pwm.uprshare"
ok "$a" merge "$work/pwm.uprshare"
mkdir "$work/exchange"
ok "$a" exchange-folder --set "$work/exchange"
ok "$b" exchange-folder --set "$work/exchange"
ok "$a" exchange-folder --write
ok "$b" exchange-folder
says "merged now"
ok "$b" exchange-folder --write
ok "$b" exchange-folder --write
ok "$a" exchange-folder
[ "$(ls "$work/exchange" | grep -c '\.uprshare$')" = 2 ] || { ls "$work/exchange" >&2; exit 1; }
ok "$b" snapshot
ok "$b" export "$(dirname "$b")/копия.json"
ok "$b" import --replace "$(dirname "$b")/копия.json"
ok "$b" brief --out "$(dirname "$b")/записка.pdf"

echo "Windows build under Wine: $steps commands as expected."

[ -n "${SMOKE_ONLY:-}" ] && exit 0
# The CLI tests, each command through Wine, one test at a time: before the server was kept
# up, two at a time on a loaded 2-core machine once saw Wine fail to start a command (exit 1,
# nothing printed) in about 250.
printf '#!/bin/sh\nexec "%s" "%s" "$@"\n' "$wine" "$exe" >"$work/upr-kit"
chmod +x "$work/upr-kit"
cd "$root"
UPR_KIT_TEST_PROGRAM=$work/upr-kit cargo test -p upr-kit --test integration cli_ -- --test-threads 1
