import { render } from "preact";
import { App } from "./App";
import { flushAll } from "./state/autosave";
import { hearOpenedFiles } from "./state/backup";
import { loadDataLocation } from "./state/dataFolder";
import { loadWorkspace } from "./state/workspace";
import { hearSecondStarts } from "./state/notices";

// An edit is written as soon as its field loses focus, and when the window is hidden or
// closed, on top of the short delay after typing: nothing typed waits long unsaved.
document.addEventListener("focusout", () => void flushAll());
document.addEventListener("visibilitychange", () => void flushAll());
window.addEventListener("pagehide", () => void flushAll());

void hearSecondStarts();

render(<App />, document.getElementById("app")!);
void loadWorkspace();
void loadDataLocation();
void hearOpenedFiles();
