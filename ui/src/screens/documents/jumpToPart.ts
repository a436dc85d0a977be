// "Shorten this part" and "improve it": the Priority issues screen opens on the issue, and the
// field of the part (its background, or its fact, question or recommendation) takes the focus,
// scrolled into view, so the user types where the document asked. A paragraph of a speech
// edited in place is shortened in its text box, on the Documents screen itself.
import type { DocumentPart } from "../../generated/errors";
import { issueById, ordered } from "../../state/issues";
import { go, openIssueId } from "../../state/navigation";
import { passageOf, speech } from "../../state/speechText";
import ids from "../../testIds.json";

/** Where in the issue editor a part is typed: the list and the position, or the background. */
type Place = { list: "facts" | "questions" | "recommendations"; number: number } | { list: "background" };

function place(part: DocumentPart): Place {
  switch (part.part) {
    case "fact":
      return { list: "facts", number: part.number };
    case "question":
      return { list: "questions", number: part.number };
    case "recommendation":
      return { list: "recommendations", number: part.number };
    default:
      return { list: "background" };
  }
}

/** The issue a part belongs to, by the title the core named it with. */
export function issueOfPart(part: DocumentPart): string | undefined {
  return "issue" in part ? ordered.value.find((i) => i.title === part.issue)?.id : undefined;
}

/** The editor's field for `where` in issue `issueId`: the text of a fact, question or
 * recommendation by its record id, or the background (the editor's first text area). */
function selector(issueId: string, where: Place): string {
  if (where.list === "background") return ".issue-editor textarea";
  const child = issueById(issueId)?.[where.list][where.number - 1];
  return child ? `[data-child-id="${child.id}"] textarea` : ".issue-editor textarea";
}

/** How many frames the editor may take to appear after the screen changes. */
const FRAMES_TO_WAIT = 30;
/** How many frames the field keeps the focus against the new screen's own focus (its main
 * region, set by an effect once the screen is drawn, which may come a frame or two later). */
const FRAMES_TO_HOLD = 10;

function focusWhenDrawn(sel: string, frames = FRAMES_TO_WAIT, held = 0) {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>(sel);
    if (!field) {
      if (frames > 0) focusWhenDrawn(sel, frames - 1, held);
      return;
    }
    const active = document.activeElement;
    // Taken back only from the screen's own focus: a user who moved on keeps theirs.
    if (held === 0 || active === field || active === document.body || active?.id === "main") {
      if (active !== field) {
        field.focus({ preventScroll: true });
        field.scrollIntoView({ block: "center" });
      }
      if (held < FRAMES_TO_HOLD) focusWhenDrawn(sel, frames, held + 1);
    }
  });
}

/** Opens the issue editor at `part` of issue `issueId`. */
export function jumpTo(issueId: string, where: Place) {
  openIssueId.value = issueId;
  go("issues");
  focusWhenDrawn(selector(issueId, where));
}

/** Opens the issue editor at a part the overflow report names; nothing when its issue is gone. */
export function jumpToPart(part: DocumentPart) {
  const id = issueOfPart(part);
  if (id) jumpTo(id, place(part));
}

/** Opens the issue editor at recommendation `number` of issue `issueId`. */
export function jumpToRecommendation(issueId: string, number: number) {
  jumpTo(issueId, { list: "recommendations", number });
}

/** The position `index` of `box`'s text, in pixels from the box's top: measured on a copy of
 * the box's text up to there, wrapped as the box wraps it. */
function offsetInBox(box: HTMLTextAreaElement, index: number): number {
  const style = getComputedStyle(box);
  const copy = document.createElement("div");
  for (const p of ["fontFamily", "fontSize", "fontWeight", "lineHeight", "letterSpacing", "padding", "border", "boxSizing"] as const) {
    copy.style[p] = style[p];
  }
  copy.style.width = `${box.offsetWidth}px`;
  copy.style.whiteSpace = "pre-wrap";
  copy.style.overflowWrap = "break-word";
  copy.style.position = "absolute";
  copy.style.visibility = "hidden";
  copy.textContent = `${box.value.slice(0, index)}\u200b`;
  document.body.append(copy);
  const height = copy.offsetHeight - Number.parseFloat(style.paddingBottom);
  copy.remove();
  return height;
}

/** "Shorten this part" of a speech whose text is edited in place: the text box takes the focus
 * with the passage selected and scrolled to the middle of the view, so the user cuts there. */
export function jumpIntoSpeech(part: DocumentPart): boolean {
  const s = speech.value;
  const box = document.querySelector<HTMLTextAreaElement>(`[data-testid="${ids.statementText}"]`);
  const at = s && box ? passageOf(box.value, s.document, part) : undefined;
  if (!box || !at) return false;
  box.focus({ preventScroll: true });
  box.setSelectionRange(at.start, at.end);
  // The box grows with its text, so it is the screen that scrolls, not the box: a marker at
  // the passage's height is scrolled into view.
  const marker = document.createElement("span");
  marker.style.position = "absolute";
  marker.style.left = "0";
  marker.style.top = `${box.offsetTop + offsetInBox(box, at.start)}px`;
  box.offsetParent?.append(marker);
  marker.scrollIntoView({ block: "center" });
  marker.remove();
  return true;
}
