// The preview of the chosen document: each page drawn as an SVG from the page tree the PDF is
// painted from (WebKitGTK has no PDF viewer). Every run of text sits where the layout put it,
// in the same face of Noto Sans, so nothing reflows: the screen shows the PDF's line and page
// breaks. The SVG's viewBox is the sheet in points; CSS fits it to the pane's width. A document
// that does not fit keeps its pages, with what runs over marked (`overflowMarks.ts`), under the
// message that says what to do.
import { useEffect } from "preact/hooks";
import { t, tn } from "../../i18n";
import type { PageItem, Preview, PreviewPage } from "../../model";
import { followChoices, previewState } from "../../state/documents";
import { organisation } from "../../state/organisation";
import ids from "../../testIds.json";
import { OverflowMessage } from "./OverflowMessage";
import { overflowMarks, runKey, type OverflowMarks } from "./overflowMarks";
import { faceStyle, fill, pageAspect } from "./pageDrawing";
import { reportSummary } from "./summary";
import "./preview.css";

/** Which document the preview shows, for the end-to-end tests to wait on the right one. */
function previewKind(preview: Preview | null): string | undefined {
  if (!preview) return undefined;
  return preview.status === "fits" ? preview.report.kind : preview.overflow.kind;
}

export function PagePreview() {
  useEffect(() => followChoices(), []);
  const s = previewState.value;
  const preview = s.kind === "ready" ? s.preview : s.kind === "loading" ? s.shown : null;
  return (
    <section class="page-preview" aria-labelledby="page-preview-title" aria-busy={s.kind === "loading"} data-testid={ids.documentPreview} data-state={s.kind} data-kind={previewKind(preview)}>
      <header class="page-preview__header">
        <h2 id="page-preview-title">{t("documents.preview")}</h2>
        {preview?.status === "fits" && (
          <p class="muted" data-testid={ids.previewSummary}>
            {reportSummary(preview.report, true)}
          </p>
        )}
        <p class="progress page-preview__progress" aria-hidden={s.kind !== "loading"}>
          {s.kind === "loading" && (
            <>
              <span class="spinner" aria-hidden="true" /> {t("documents.previewLoading")}
            </>
          )}
        </p>
      </header>
      {s.kind === "failed" && (
        <div class="notice notice--error" role="alert">
          <h3>{t("documents.previewFailed")}</h3>
          <p class="pre-line">{s.error.message}</p>
        </div>
      )}
      {preview?.status === "too_long" && <TooLong preview={preview} />}
      {preview?.status === "fits" &&
        preview.pages.map((page, n) => <Sheet key={n} page={page} number={n + 1} count={preview.pages.length} />)}
    </section>
  );
}

/** The message with its actions, then the pages as laid out, what runs over marked. */
function TooLong({ preview }: { preview: Extract<Preview, { status: "too_long" }> }) {
  const marks = overflowMarks(preview.overflow, preview.pages);
  const m = preview.overflow.measure;
  return (
    <>
      <OverflowMessage overflow={preview.overflow} />
      <p class="muted overflow-legend">
        {m.limit === "pages" ? tn("documents.overPages", m.max_pages) : tn("documents.overWords", preview.overflow.words_over)}
      </p>
      {preview.pages.map((page, n) => (
        <Sheet key={n} page={page} number={n + 1} count={preview.pages.length} marks={marks} />
      ))}
    </>
  );
}

function Sheet({ page, number, count, marks }: { page: PreviewPage; number: number; count: number; marks?: OverflowMarks }) {
  const over = marks?.pages.has(number - 1) ?? false;
  const label = over ? t("documents.previewPageOver", { page: number, pages: count }) : t("documents.previewPage", { page: number, pages: count });
  return (
    <figure class={`page-preview__page${over ? " page-preview__page--over" : ""}`} data-testid={ids.previewPage} data-over={over ? "true" : undefined}>
      <svg
        class="sheet"
        viewBox={`0 0 ${page.width} ${page.height}`}
        style={{ aspectRatio: pageAspect(page) }}
        role="img"
        aria-label={label}
      >
        <rect width={page.width} height={page.height} fill="#fff" />
        {page.items.map((placed, i) =>
          marks?.runs.has(runKey(number - 1, i)) && placed.item.type === "text" ? (
            <rect
              key={`over-${i}`}
              class="sheet__over"
              data-testid="overflow-run"
              x={placed.item.x}
              y={placed.item.top}
              width={placed.item.width}
              height={placed.item.height}
            />
          ) : null,
        )}
        {page.items.map((placed, i) => (
          <Ink key={i} item={placed.item} />
        ))}
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function Ink({ item }: { item: PageItem }) {
  if (item.type === "rule") {
    return <line x1={item.x0} x2={item.x1} y1={item.y} y2={item.y} stroke={fill(item.color)} stroke-width={item.thickness} />;
  }
  if (item.type === "image") {
    // The core sends the box only: the logo itself is the one the window holds.
    const logo = organisation.value?.logo;
    return logo ? (
      <image href={logo} x={item.x} y={item.top} width={item.width} height={item.height} preserveAspectRatio="xMidYMid meet" />
    ) : null;
  }
  const face = faceStyle(item.face);
  // The run's width is the layout's, without its trailing spaces (they draw nothing). Held to
  // it with textLength, the run ends where the PDF's does even where the webview rounds
  // glyph advances to whole pixels at small sizes, so the next run never overlaps it.
  const text = item.text.trimEnd();
  return (
    <text
      x={item.x}
      y={item.baseline}
      font-size={item.size}
      font-weight={face.weight}
      font-style={face.style}
      fill={fill(item.color)}
      textLength={item.width > 0 ? item.width : undefined}
      lengthAdjust="spacing"
    >
      {text}
    </text>
  );
}
