#!/usr/bin/env python3
"""Makes the shipped Noto Sans and Noto Naskh Arabic faces in assets/fonts/ from Debian's
fonts-noto-core (SIL Open Font License 1.1, no Reserved Font Name), without their TrueType
hinting.

Hinting (the fpgm, prep and cvt tables and each glyph's instructions) steers the outlines onto
the pixels of a screen at small sizes. A PDF has no use for it: printers rasterise at hundreds of
dots per inch, and PDF viewers (poppler, pdf.js, PDFium) draw the outlines unhinted. Yet every
document carried it, in each font it embeds, and the program carried it twice (once in each of
its two executables). Without it the Noto Sans files are about a third smaller and Noto Naskh
Arabic a quarter; a brief's embedded fonts shrink as much, and with them the time spent
subsetting and compressing them.

Everything else is kept as it was: every glyph with its id (so nothing measured or drawn moves),
every character mapping, every OpenType feature (kerning, Arabic joining and ligatures, marks),
the glyph names and every name record.

Usage: apt-get install fonts-noto-core; pip install fonttools
       python3 scripts/unhint-fonts.py [--source DIR]
"""
import argparse
import pathlib

from fontTools import subset
from fontTools.ttLib import TTFont

FACES = [
    "NotoSans-Regular",
    "NotoSans-Bold",
    "NotoSans-Italic",
    "NotoNaskhArabic-Regular",
    "NotoNaskhArabic-Bold",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        default="/usr/share/fonts/truetype/noto",
        help="where fonts-noto-core installed the hinted faces",
    )
    args = parser.parse_args()
    out_dir = pathlib.Path(__file__).resolve().parent.parent / "assets" / "fonts"
    for name in FACES:
        source = pathlib.Path(args.source) / f"{name}.ttf"
        font = TTFont(source)
        options = subset.Options()
        options.glyph_names = True
        options.legacy_kern = True
        options.notdef_outline = True
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.layout_features = ["*"]
        options.drop_tables = []
        options.retain_gids = True
        options.hinting = False
        subsetter = subset.Subsetter(options=options)
        subsetter.populate(glyphs=font.getGlyphOrder(), unicodes=font.getBestCmap().keys())
        subsetter.subset(font)
        target = out_dir / f"{name}.ttf"
        font.save(target)
        print(f"{target}: {source.stat().st_size} -> {target.stat().st_size} bytes")


if __name__ == "__main__":
    main()
