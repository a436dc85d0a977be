#!/usr/bin/env bash
# The command line's speed as whole processes, against a yardstick in the same run (#14):
#   upr-kit --version, upr-kit brief of the demo, and typst compiling the same text
#   (page 1 of that brief, read back with pdftotext, set in the same Noto Sans on A4).
# Prints the times (hyperfine, mean ± σ), the peak memory (/usr/bin/time -v) and the ratios.
# Not a test: figures depend on the machine and on what else runs on it.
#
#   scripts/bench-cli.sh [path/to/upr-kit]      (default: target/release/upr-kit)
#
# Needs hyperfine, poppler-utils and GNU time (apt), and typst from PyPI (prebuilt, offline:
# installed by this script into target/tools/typst-venv). Typst from PyPI is a Python module,
# so its whole process includes Python's start: the script also times Python importing typst
# without compiling, and prints the ratio against typst's compile alone (the difference).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
cli=${1:-$root/target/release/upr-kit}
typst_version=0.15.0
venv=$root/target/tools/typst-venv
runs=${RUNS:-50}

for tool in hyperfine pdftotext /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "missing $tool: apt-get install hyperfine poppler-utils time" >&2; exit 1; }
done
[ -x "$cli" ] || { echo "no $cli: build it with 'cargo build --release --bin upr-kit'" >&2; exit 1; }
if ! "$venv/bin/python" -c "import typst" 2>/dev/null; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "typst==$typst_version"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
data=$work/data
"$cli" --data-dir "$data" init-demo >/dev/null
"$cli" --data-dir "$data" brief --out "$work/brief.pdf" >/dev/null

# The yardstick's source: page 1 of our brief, paragraph by paragraph, in the same font.
pdftotext -f 1 -l 1 "$work/brief.pdf" "$work/page1.txt"
python3 - "$work/page1.txt" "$work/page1.typ" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
escape = lambda s: "".join("\\" + c if c in "\\#*_`$<>@[]=-+/~\"'" else c for c in s)
paragraphs = [" ".join(p.split()) for p in text.split("\n\n") if p.strip()]
head = '#set page(paper: "a4", margin: 2cm)\n#set text(font: "Noto Sans", size: 10pt, lang: "en")\n#set par(justify: true)\n\n'
open(sys.argv[2], "w", encoding="utf-8").write(head + "\n\n".join(escape(p) for p in paragraphs) + "\n")
PY
cat > "$work/typst-compile.py" <<PY
import sys, typst
typst.compile(sys.argv[1], output=sys.argv[2], font_paths=["$root/assets/fonts"])
PY
"$venv/bin/python" "$work/typst-compile.py" "$work/page1.typ" "$work/typst.pdf"
echo "typst's page: $(pdfinfo "$work/typst.pdf" | awk '/^Pages/ {print $2}') page(s); ours: $(pdfinfo "$work/brief.pdf" | awk '/^Pages/ {print $2}')"

# The brief is also written to memory (/dev/shm, where a sync costs nothing), to tell the
# brief's own work from the two syncs that make its file durable on the disk (the file's, then
# its folder's after the rename); typst syncs nothing.
shm=$(mktemp -d /dev/shm/bench-cli.XXXXXX)
trap 'rm -rf "$work" "$shm"' EXIT
hyperfine --warmup 5 --runs "$runs" -N --export-json "$work/times.json" \
  -n "upr-kit --version" "$cli --version" \
  -n "upr-kit brief (demo)" "$cli --data-dir $data brief --out $work/b.pdf" \
  -n "upr-kit brief (demo), output in memory" "$cli --data-dir $data brief --out $shm/b.pdf" \
  -n "typst compile (python + typst)" "$venv/bin/python $work/typst-compile.py $work/page1.typ $work/t.pdf" \
  -n "python importing typst" "$venv/bin/python -c 'import typst'"

peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }
v_mem=$(peak "$cli" --version)
b_mem=$(peak "$cli" --data-dir "$data" brief --out "$work/b.pdf")
t_mem=$(peak "$venv/bin/python" "$work/typst-compile.py" "$work/page1.typ" "$work/t.pdf")

python3 - "$work/times.json" "$v_mem" "$b_mem" "$t_mem" <<'PY'
import json, sys
results = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
ms = lambda k, f="mean": results[k][f] * 1000
cpu = lambda k: (results[k]["user"] + results[k]["system"]) * 1000
v, b, m = "upr-kit --version", "upr-kit brief (demo)", "upr-kit brief (demo), output in memory"
t, imp = "typst compile (python + typst)", "python importing typst"
mib = lambda k: int(k) / 1024
print()
print(f"{'':34} {'mean':>8} {'median':>8} {'min':>8} {'CPU':>8}  peak")
row = lambda name, k, peak, goal="": print(
    f"{name:34} {ms(k):6.2f}ms {ms(k, 'median'):6.2f}ms {ms(k, 'min'):6.2f}ms {cpu(k):6.2f}ms  {peak}{goal}")
row("upr-kit --version", v, f"{mib(sys.argv[2]):5.1f} MiB", "   (goal <= 3 ms)")
row("upr-kit brief (demo)", b, f"{mib(sys.argv[3]):5.1f} MiB", "   (goal <= 20 MiB)")
row("upr-kit brief, output in memory", m, "")
row("typst, whole process", t, f"{mib(sys.argv[4]):5.1f} MiB")
typst_alone = ms(t) - ms(imp)
print(f"{'typst, compile alone':34} {typst_alone:6.2f}ms  (whole process minus Python importing typst)")
print(f"ratio typst / brief: {ms(t) / ms(b):.1f}x whole processes, {typst_alone / ms(b):.1f}x against the compile alone (goal >= 10x)")
print(f"  with the brief written to memory (no sync to wait for, as typst): {ms(t) / ms(m):.1f}x and {typst_alone / ms(m):.1f}x")
PY
