// What the preview of a document that does not fit marks as running over: the pages past a
// brief's page limit, or, for a speech over its time, the runs that hold its last words (the
// words over the slot, counted from the end of the body: what is read aloud ends the page,
// the headings above it are not spoken).
import type { Overflow, PreviewPage } from "../../model";

export interface OverflowMarks {
  /** Pages (from 0) past the page limit. */
  pages: Set<number>;
  /** Runs past the speaking time, as "page:item" (both from 0). */
  runs: Set<string>;
}

export const runKey = (page: number, item: number) => `${page}:${item}`;

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

export function overflowMarks(overflow: Overflow, pages: PreviewPage[]): OverflowMarks {
  const marks: OverflowMarks = { pages: new Set(), runs: new Set() };
  const m = overflow.measure;
  if (m.limit === "pages") {
    for (let n = m.max_pages; n < pages.length; n++) marks.pages.add(n);
    return marks;
  }
  // From the last body run backwards, until the words over are covered.
  let left = overflow.words_over;
  for (let p = pages.length - 1; p >= 0 && left > 0; p--) {
    const items = pages[p].items;
    for (let i = items.length - 1; i >= 0 && left > 0; i--) {
      const { item, region } = items[i];
      if (region !== "body" || item.type !== "text") continue;
      const words = wordsIn(item.text);
      if (words === 0) continue;
      marks.runs.add(runKey(p, i));
      left -= words;
    }
  }
  return marks;
}
