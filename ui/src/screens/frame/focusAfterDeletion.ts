// Where the keyboard focus goes after a deletion: to the record that followed the deleted one
// (else the one before it), else to the list, else to the screen. Without this the focus
// drops to the page body and a keyboard user must start again from the top.
//
// Every delete button is a `button.danger`; the record it deletes is the list item around it,
// or the element its `data-record` selector names (the issue editor deletes an item of the
// list beside it). A click (also Enter or Space on the button) notes the neighbours before
// the record leaves the page; the Undo toast that follows a deletion places the focus.

interface Neighbours {
  next: Element | null;
  previous: Element | null;
  list: Element | null;
}

let noted: Neighbours | null = null;

const FOCUSABLE = "button:not(:disabled), input:not(:disabled), textarea:not(:disabled), select:not(:disabled), a[href], [tabindex]";

function recordOf(button: Element): Element | null {
  const named = button.getAttribute("data-record");
  if (named) return document.querySelector(named);
  return button.closest("li, [data-child-id], [data-record-row]");
}

/** Notes, at each press of a delete button, what surrounds the record it deletes. */
export function watchDeletions(): void {
  document.addEventListener(
    "click",
    (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const button = target?.closest("button.danger");
      if (!button) return;
      const record = recordOf(button);
      noted = record ? { next: record.nextElementSibling, previous: record.previousElementSibling, list: record.parentElement } : null;
    },
    true,
  );
}

function focusIn(element: Element | null): boolean {
  if (!element?.isConnected) return false;
  const inside = element.matches(FOCUSABLE) ? element : element.querySelector(FOCUSABLE);
  if (!(inside instanceof HTMLElement)) return false;
  show(inside);
  return document.activeElement === inside;
}

/** Focuses `element` with a visible mark until it loses the focus: a focus placed by a script
 * is not marked by every engine's :focus-visible, and the keyboard user must see where it is. */
function show(element: HTMLElement) {
  element.setAttribute("data-focus-placed", "");
  element.addEventListener("blur", () => element.removeAttribute("data-focus-placed"), { once: true });
  element.focus();
}

/** After a deletion: if the focus was lost with the deleted record, gives it to the record
 * that followed, the one before, the list or the screen, in that order. */
export function placeFocusAfterDeletion(): void {
  const lost = !document.activeElement || document.activeElement === document.body || !document.activeElement.isConnected;
  const around = noted;
  noted = null;
  if (!lost) return;
  if (around && (focusIn(around.next) || focusIn(around.previous))) return;
  if (around?.list instanceof HTMLElement && around.list.isConnected) {
    around.list.tabIndex = -1;
    show(around.list);
    return;
  }
  document.querySelector<HTMLElement>("#main")?.focus();
}
