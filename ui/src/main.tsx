import { render } from "preact";
import { App } from "./App";
import { flushAll } from "./state/autosave";
import { hearOpenedFiles } from "./state/backup";
import { hearExchangeFolder, loadChangedBy } from "./state/coalition";
import { loadDataLocation } from "./state/dataFolder";
import { loadDemoShown } from "./state/demo";
import { loadWorkspace } from "./state/workspace";
import { hearSecondStarts } from "./state/notices";
import { watchLocking } from "./state/lock";
import { watchDeletions } from "./screens/frame/focusAfterDeletion";

// An edit is written as soon as its field loses focus, and when the window is hidden or
// closed, on top of the short delay after typing: nothing typed waits long unsaved.
document.addEventListener("focusout", () => void flushAll());
document.addEventListener("visibilitychange", () => void flushAll());
window.addEventListener("pagehide", () => void flushAll());

// A field that takes the focus is scrolled wholly into view (below the sticky bar of a small
// window), not left half under the window's edge.
document.addEventListener("focusin", (e) => {
  if (e.target instanceof HTMLElement && e.target.matches("input, textarea, select")) e.target.scrollIntoView({ block: "nearest" });
});

void hearSecondStarts();
watchLocking();
watchDeletions();

// index.html holds #app; the body is only a fallback that keeps the type honest.
render(<App />, document.getElementById("app") ?? document.body);
// Who last changed each record is a discreet extra: a failure to read it says nothing.
void loadWorkspace().then(() => {
  // When the first screen is drawn with its data, on the page's own clock (the start of the
  // frame that shows it): what scripts/bench-window.sh reads to tell where a start went.
  requestAnimationFrame(() => performance.mark("first-screen"));
  return loadChangedBy().catch(() => undefined);
});
void loadDemoShown();
void loadDataLocation();
void hearOpenedFiles();
void hearExchangeFolder();
