// "Shorten this part" and "improve it": the Priority issues screen opens on the issue, and the
// field of the part (its background, or its fact, question or recommendation) takes the focus,
// scrolled into view, so the user types where the document asked.
import type { DocumentPart } from "../../generated/errors";
import { issueById, ordered } from "../../state/issues";
import { go, openIssueId } from "../../state/navigation";

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
