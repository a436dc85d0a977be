// How the page tree's values become SVG attributes: colours, faces, and the sheet's shape.
import type { Face, PreviewPage, Rgb } from "../../model";

/** `#rrggbb` for a colour of 0–255 channels (clamped, so a bad value never breaks the page). */
export function fill([r, g, b]: Rgb): string {
  const hex = (v: number) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, "0");
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** The weight and style that select a face of the Noto Sans declared in preview.css. */
export function faceStyle(face: Face): { weight: number; style: "normal" | "italic" } {
  switch (face) {
    case "bold":
      return { weight: 700, style: "normal" };
    case "italic":
      return { weight: 400, style: "italic" };
    default:
      return { weight: 400, style: "normal" };
  }
}

/** The CSS aspect-ratio of a sheet, so the SVG keeps the page's shape at any pane width. */
export function pageAspect(page: Pick<PreviewPage, "width" | "height">): string {
  return `${page.width} / ${page.height}`;
}
