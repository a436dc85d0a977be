#!/usr/bin/env python3
"""The longest non-test functions of the Rust sources under the given folders, for the
structural reviews (`scripts/longest-functions.py src-tauri/core/src`, `TOP=15` by default):
from the `fn` line to its closing brace, inclusive. Test files (tests.rs, *_tests.rs) and everything after
a `#[cfg(test)]` followed by `mod` are left out. Strings, chars and comments are blanked
before braces are counted."""
import re, sys, pathlib

def blank(text):
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('//', i):
            j = text.find('\n', i); j = n if j < 0 else j
            out.append(' ' * (j - i)); i = j
        elif text.startswith('/*', i):
            j = text.find('*/', i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j])); i = j
        elif c == 'r' and re.match(r'r#*"', text[i:i+10]) and (i == 0 or not (text[i-1].isalnum() or text[i-1] == '_')):
            m = re.match(r'r(#*)"', text[i:]); hashes = m.group(1)
            end = text.find('"' + hashes, i + len(m.group(0)))
            end = n if end < 0 else end + 1 + len(hashes)
            out.append(re.sub(r'[^\n]', ' ', text[i:end])); i = end
        elif c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            out.append(re.sub(r'[^\n]', ' ', text[i:j+1])); i = j + 1
        elif c == "'" :
            m = re.match(r"'(\\.|\\u\{[0-9a-fA-F]+\}|[^'\\])'", text[i:])
            if m:
                out.append(' ' * len(m.group(0))); i += len(m.group(0))
            else:
                out.append(c); i += 1
        else:
            out.append(c); i += 1
    return ''.join(out)

rows = []
for root in sys.argv[1:]:
    for path in sorted(pathlib.Path(root).rglob('*.rs')):
        if path.name == 'tests.rs' or path.name.endswith('_tests.rs'):
            continue
        lines = blank(path.read_text()).split('\n')
        cut = len(lines)
        for k, l in enumerate(lines[:-1]):
            if l.strip().startswith('#[cfg(test)]') and lines[k+1].strip().startswith(('mod ', 'pub mod ')):
                cut = k; break
        lines = lines[:cut]
        for k, l in enumerate(lines):
            m = re.match(r'\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)', l)
            if not m:
                continue
            depth, started = 0, False
            for e in range(k, len(lines)):
                for ch in lines[e]:
                    if ch == '{': depth += 1; started = True
                    elif ch == '}': depth -= 1
                    elif ch == ';' and not started and depth == 0:
                        break
                else:
                    if started and depth == 0:
                        rows.append((e - k + 1, f"{path}:{k+1}", m.group(6)))
                        break
                    continue
                break
rows.sort(key=lambda r: -r[0])
for n, where, name in rows[:int(__import__('os').environ.get('TOP', 15))]:
    print(f"{n:4d}  {name}  {where}")
