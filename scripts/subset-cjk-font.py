#!/usr/bin/env python3
"""Makes the shipped Chinese face, assets/fonts/NotoSansSC-Subset-Regular.otf, from
Debian's fonts-noto-cjk (Noto Sans CJK SC, SIL Open Font License 1.1).

The full face is 16 MB; the package must stay within 25 MB, so one weight ships (bold is
drawn by the painter with a stroke) and the subset keeps:
- the 8,105 characters of the General Standard Chinese Characters table (2013), shipped in
  assets/fonts/general-standard-chinese-characters.txt (from the Unicode Han Database's kTGH
  property; another table may be given with --table: lines starting with # are comments,
  every other Han character in the file is kept);
- the 6,763 Han characters of GB 2312 (computed from Python's own gb2312 codec, so the
  script needs no download): 125 of them are not in the table but still in common use;
- CJK punctuation (U+3000-U+303F), full-width forms (U+FF00-U+FFEF) and the general
  punctuation Chinese text uses (U+2010-U+2027: dashes, quotation marks, ellipsis, middle dot).
A character outside the subset is looked up in the computer's own fonts (fontdb) before a
document refuses it (see src-tauri/core/src/layout/fonts.rs).

Usage: apt-get install fonts-noto-cjk python3-fonttools
       /usr/bin/python3 scripts/subset-cjk-font.py [--table FILE] [--source DIR]
"""
import argparse
import pathlib

from fontTools import subset
from fontTools.ttLib import TTCollection

SC_INDEX = 2  # Noto Sans CJK: JP, KR, SC, TC, HK


def gb2312_han():
    chars = set()
    for row in range(0xB0, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                c = bytes([row, cell]).decode("gb2312")
            except UnicodeDecodeError:
                continue
            if "\u4e00" <= c <= "\u9fff":
                chars.add(c)
    return chars


def main():
    ap = argparse.ArgumentParser()
    assets = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fonts"
    ap.add_argument("--table", type=pathlib.Path, default=assets / "general-standard-chinese-characters.txt")
    ap.add_argument("--source", type=pathlib.Path, default=pathlib.Path("/usr/share/fonts/opentype/noto"))
    ap.add_argument("--out", type=pathlib.Path, default=assets)
    args = ap.parse_args()

    chars = gb2312_han()
    table = set()
    for line in args.table.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            table |= {c for c in line if "\u3400" <= c <= "\u9fff" or "\U00020000" <= c}
    print(f"{len(table)} Han characters in {args.table.name}, {len(chars - table)} more from GB 2312")
    chars |= table
    codepoints = {ord(c) for c in chars}
    codepoints |= set(range(0x3000, 0x3040)) | set(range(0xFF00, 0xFFF0)) | set(range(0x2010, 0x2028))
    print(f"{len(chars)} Han characters, {len(codepoints)} code points")

    for weight in ("Regular",):
        collection = TTCollection(str(args.source / f"NotoSansCJK-{weight}.ttc"))
        font = collection.fonts[SC_INDEX]
        options = subset.Options()
        options.layout_features = ["*"]
        options.hinting = False
        options.desubroutinize = False
        options.name_IDs = ["*"]
        options.notdef_outline = True
        sub = subset.Subsetter(options)
        sub.populate(unicodes=codepoints)
        sub.subset(font)
        out = args.out / f"NotoSansSC-Subset-{weight}.otf"
        font.save(str(out))
        print(out, out.stat().st_size)


if __name__ == "__main__":
    main()
