#!/usr/bin/env bash
# The window's cold start and memory against a yardstick in the same run (#14): the app on the
# demo, and WebKitGTK's own MiniBrowser on a blank page, each started the same way — under
# Xvfb, by tauri-driver (WebKitWebDriver behind it), as the end-to-end tests start the app —
# one after the other (each run starting with the next one), RUNS times each.
#
# For each start it prints:
#   - launch → first screen: from asking the driver for a window to the first screen
#     interactive, seen through WebDriver (the app: the overview showing the organisation's
#     name, its data loaded; MiniBrowser: its blank page loaded);
#   - where that time went, from the processes' and the page's own clocks: the process's start
#     (/proc, to the kernel's 10 ms tick) → the page's navigation start (WebKit begins to load
#     the front-end) → DOMContentLoaded (the front-end's script has run) → the first screen
#     drawn (the app's `first-screen` performance mark, set when the workspace is shown);
#   - resident memory 2 s later (/proc/PID/status): the window's process, split into its own
#     pages (heap, stacks) and mapped files (programs, libraries), and WebKit's processes.
# Then the medians, and the app's over the yardstick's. Not a test: figures depend on the
# machine and on what else runs on it (the load average is printed).
#
#   scripts/bench-window.sh [path/to/upr-kit …]    (default: target/release/upr-kit)
#   RUNS=10 scripts/bench-window.sh                 (default: 5 starts of each)
#   FIRST_OF_THE_DAY=1 scripts/bench-window.sh      (each start on a fresh copy of the demo
#                                                    folder: the day's snapshot is taken)
# Several programs (a build before and after a change, say) are measured in turn in the same
# run; the ratio is the first one's.
#
# Needs Xvfb, WebKitWebDriver and MiniBrowser (apt: xvfb, webkit2gtk-driver, and
# libwebkit2gtk-4.1-dev's MiniBrowser, or MINIBROWSER=path), tauri-driver (cargo install).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
if [ $# -eq 0 ]; then set -- "$root/target/release/upr-kit"; fi
cli=$1
runs=${RUNS:-5}
minibrowser=${MINIBROWSER:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}

for tool in Xvfb tauri-driver WebKitWebDriver python3; do
  command -v "$tool" >/dev/null || { echo "missing $tool (see the comment at the top of $0)" >&2; exit 1; }
done
for program in "$@"; do
  [ -x "$program" ] || { echo "no $program: build it with 'cargo build --release -p upr-kit'" >&2; exit 1; }
  [ -x "$(dirname "$program")/upr-kit-window" ] || { echo "no upr-kit-window beside $program" >&2; exit 1; }
done
[ -x "$minibrowser" ] || { echo "no MiniBrowser at $minibrowser: set MINIBROWSER" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=
driver_pid=
stop() {
  # Only what this script started, by process id (the driver's group holds WebKitWebDriver).
  [ -n "$driver_pid" ] && kill -- "-$driver_pid" 2>/dev/null || true
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap stop EXIT

data=$work/data
"$cli" --data-dir "$data" init-demo >/dev/null
printf '<!doctype html><meta charset="utf-8"><title>Blank</title><p id="loaded">A blank page.</p>\n' \
  >"$work/blank.html"

# Xvfb picks a free display and writes its number to the file descriptor given.
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb_pid=$!
read -r -t 30 display <"$work/display" || { echo "Xvfb did not start" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
native=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
# The environment of the end-to-end tests (tests/e2e/harness.rs).
DISPLAY=":$display" WEBKIT_DISABLE_COMPOSITING_MODE=1 NO_AT_BRIDGE=1 GDK_BACKEND=x11 \
  setsid tauri-driver --port "$port" --native-port "$native" >/dev/null 2>&1 &
driver_pid=$!

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $runs starts of each"
python3 - "$port" "$runs" "$data" "$minibrowser" "$work/blank.html" "$@" <<'PY'
import json, os, shutil, statistics, sys, time, urllib.request

port, runs, data, minibrowser, blank = sys.argv[1], int(sys.argv[2]), *sys.argv[3:6]
programs = [os.path.realpath(p) for p in sys.argv[6:]]
base = f"http://127.0.0.1:{port}"

def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
                                 data=None if body is None else json.dumps(body).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.load(r)["value"]

deadline = time.time() + 30
while True:
    try:
        call("GET", "/status"); break
    except OSError:
        if time.time() > deadline: sys.exit("tauri-driver did not answer")
        time.sleep(0.1)

def new_session(application, args):
    # The driver now and then drops the connection of a session asked for just after the last
    # one ended; asking again is what the tests' harness would do by hand.
    # Returns the session and when the start that worked was asked for.
    for attempt in range(3):
        try:
            started = time.time()
            return call("POST", "/session", {"capabilities": {"alwaysMatch": {"tauri:options": {
                "application": application, "args": args}}}})["sessionId"], started
        except OSError as e:
            print(f"  (the driver dropped the start: {e}; again)", flush=True)
            time.sleep(2)
    sys.exit("the driver refused three starts")

def run_js(session, script):
    # A script only reads the page: asked again when the driver drops the connection.
    for attempt in range(3):
        try:
            return call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []})
        except OSError:
            time.sleep(0.2)
    return call("POST", f"/session/{session}/execute/sync", {"script": script, "args": []})

def wait_for(session, script, what):
    deadline = time.time() + 60
    while not run_js(session, script):
        if time.time() > deadline: sys.exit(f"gave up waiting for {what}")
        time.sleep(0.005)

ticks = os.sysconf("SC_CLK_TCK")
def process_started_ms(pid):
    """When the process started, ms since the epoch (to the kernel's tick)."""
    after_name = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    started_after_boot = int(after_name[19]) / ticks
    uptime = float(open("/proc/uptime").read().split()[0])
    return (time.time() - (uptime - started_after_boot)) * 1000

def status(pid):
    fields = {}
    for line in open(f"/proc/{pid}/status"):
        name, _, value = line.partition(":")
        if name in ("VmRSS", "RssAnon", "RssFile", "PPid"):
            fields[name] = int(value.split()[0])
    return fields

def processes():
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                yield int(entry), open(f"/proc/{entry}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")
            except OSError:
                pass

def find(marker, program):
    for pid, cmdline in processes():
        if marker in cmdline and os.path.basename(program) in cmdline.split(" ")[0]:
            return pid
    sys.exit(f"no process of {program} found")

def own_program_kb(pid):
    """Resident pages of the process's own program file (its code and constants)."""
    exe, total, inside = os.readlink(f"/proc/{pid}/exe"), 0, False
    for line in open(f"/proc/{pid}/smaps"):
        fields = line.split()
        if "-" in fields[0] and not fields[0].endswith(":"):
            inside = len(fields) >= 6 and fields[5] == exe
        elif inside and fields[0] == "Rss:":
            total += int(fields[1])
    return total

def memory(pid):
    own = status(pid)
    children = [p for p, _ in processes() if status_or_none(p, "PPid") == pid]
    return {"rss": own["VmRSS"] / 1024, "anon": own["RssAnon"] / 1024, "file": own["RssFile"] / 1024,
            "program": own_program_kb(pid) / 1024,
            "webkit": sum(status_or_none(p, "VmRSS") or 0 for p in children) / 1024}

def status_or_none(pid, name):
    try:
        return status(pid).get(name)
    except OSError:
        return None

PAGE_CLOCK = ("const n = performance.getEntriesByType('navigation')[0];"
              "const f = performance.getEntriesByName('first-screen')[0];"
              "const w = performance.getEntriesByName('workspace-answered')[0];"
              "return [performance.timeOrigin, n ? n.domContentLoadedEventEnd : 0, f ? f.startTime : 0,"
              " w ? w.startTime : 0];")

starts = 0
def start(kind):
    global starts
    folder = data
    if kind != "yardstick" and os.environ.get("FIRST_OF_THE_DAY") == "1":
        # A copy made before the day's snapshot was taken in it: opening it takes one.
        starts += 1
        folder = f"{data}-{starts}"
        shutil.copytree(data, folder)
    if kind != "yardstick":
        session, started = new_session(kind, ["--data-dir", folder])
        wait_for(session, "const e = document.querySelector('[data-testid=\"organisation-name\"]');"
                          "return !!(e && e.textContent.trim());", "the app's first screen")
        pid = find(folder, "upr-kit-window")
    else:
        session, started = new_session(minibrowser, ["--automation"])
        # In automation MiniBrowser opens about:blank; the page is asked for at once.
        call("POST", f"/session/{session}/url", {"url": "file://" + blank})
        wait_for(session, "return document.readyState === 'complete' && !!document.getElementById('loaded');",
                 "MiniBrowser's page")
        pid = find("--automation", minibrowser)
    shown_ms = (time.time() - started) * 1000
    origin, dom_ready, first_screen, answered = run_js(session, PAGE_CLOCK)
    process_ms = process_started_ms(pid)
    time.sleep(2)
    mem = memory(pid)
    webkit = [p for p, _ in processes() if status_or_none(p, "PPid") == pid]
    call("DELETE", f"/session/{session}")
    # The next start waits for this one's processes, WebKit's included, to be gone.
    deadline = time.time() + 30
    while any(os.path.exists(f"/proc/{p}") for p in [pid, *webkit]) and time.time() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    return {"shown": shown_ms, "to_page": origin - process_ms, "script": dom_ready,
            "first_screen": first_screen - dom_ready if first_screen else None,
            "answered": answered - dom_ready if answered else None,
            "launch_to_process": process_ms - started * 1000, **mem}

kinds = programs + ["yardstick"]
names = {kind: f"app {i + 1}" if len(programs) > 1 else "app" for i, kind in enumerate(programs)}
names["yardstick"] = "yardstick"
width = max(len(n) for n in names.values())
for program in programs:
    print(f"{names[program]}: {program}")
results = {kind: [] for kind in kinds}
for run in range(1, runs + 1):
    # Each run starts with the next program: whichever follows another's exit pays for what
    # is still settling, and no program may always be the one that does.
    shift = (run - 1) % len(kinds)
    for kind in kinds[shift:] + kinds[:shift]:
        r = start(kind)
        results[kind].append(r)
        name = names[kind].ljust(width)
        drawn = ""
        if r["first_screen"] is not None:
            drawn = f", its data answered +{r['answered']:.0f} ms, first screen drawn +{r['first_screen']:.0f} ms"
        print(f"run {run} {name}: launch → first screen {r['shown']:.0f} ms (driver → process start "
              f"{r['launch_to_process']:.0f} ms, process → page {r['to_page']:.0f} ms, page → script run "
              f"{r['script']:.0f} ms{drawn}); RSS {r['rss']:.0f} MB ({r['anon']:.0f} own, {r['file']:.0f} mapped "
              f"files, {r['program']:.1f} of them its program's), WebKit's processes {r['webkit']:.0f} MB", flush=True)

def median(kind, key):
    values = [r[key] for r in results[kind] if r[key] is not None]
    return statistics.median(values) if values else float("nan")

print()
labels = {program: f"{names[program]} on the demo" for program in programs}
labels["yardstick"] = "the yardstick, MiniBrowser on a blank page"
for kind, label in labels.items():
    drawn = ""
    # A build without the front-end's marks (one from before them) has no such figures.
    if kind != "yardstick" and median(kind, "answered") == median(kind, "answered"):
        drawn = (f", data answered +{median(kind, 'answered'):.0f} ms, first screen drawn "
                 f"+{median(kind, 'first_screen'):.0f} ms")
    print(f"median, {label}: launch → first screen {median(kind, 'shown'):.0f} ms, process → page "
          f"{median(kind, 'to_page'):.0f} ms, script {median(kind, 'script'):.0f} ms{drawn}; RSS {median(kind, 'rss'):.0f} MB "
          f"({median(kind, 'anon'):.0f} own, {median(kind, 'file'):.0f} mapped files, {median(kind, 'program'):.1f} "
          f"of them its program's), WebKit's processes "
          f"{median(kind, 'webkit'):.0f} MB")
app = programs[0]
for other in programs[1:]:
    # Starts in the same run share the machine's load of the moment: their differences are
    # steadier than the medians' difference.
    paired = [a["shown"] - b["shown"] for a, b in zip(results[app], results[other])]
    sooner = sum(d < 0 for d in paired)
    print(f"{names[app]} − {names[other]}, paired by run: median {statistics.median(paired):+.0f} ms "
          f"(sooner in {sooner} runs of {len(paired)})")
print(f"{names[app]} / yardstick: launch → first screen ×{median(app, 'shown') / median('yardstick', 'shown'):.2f}, "
      f"RSS ×{median(app, 'rss') / median('yardstick', 'rss'):.2f} "
      f"(+{median(app, 'shown') - median('yardstick', 'shown'):.0f} ms, "
      f"+{median(app, 'rss') - median('yardstick', 'rss'):.0f} MB)")
print(f"load average after: {open('/proc/loadavg').read().split()[0]}")
PY
