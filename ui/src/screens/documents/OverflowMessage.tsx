// "It does not fit": what runs over and by how much, in the window's language, with what the
// user can do about it inside the message — shorten one of the longest parts (the issue editor
// opens on it; a paragraph of a speech's text is shortened in its text box, which takes the
// focus there) or, for the brief and the talking points with several issues, leave an issue out.
import { t } from "../../i18n";
import { documentPart, overflowProblem, shortenText } from "../../i18n/errors";
import type { DocumentPart } from "../../generated/errors";
import type { Overflow } from "../../model";
import { includeIssue, selectedIssues } from "../../state/documents";
import ids from "../../testIds.json";
import { speech } from "../../state/speechText";
import { issueOfPart, jumpIntoSpeech, jumpToPart } from "./jumpToPart";

/** The parts that stand for a whole issue, which can be left out rather than shortened. */
const isWholeIssue = (p: DocumentPart) => p.part === "whole_issue" || p.part === "spoken_issue";

/** A part of the speech's text in the editor beside the message: a paragraph of the oral
 * statement, a passage of the edited talking points. */
const isInSpeechText = (p: DocumentPart, overflow: Overflow) =>
  (p.part === "paragraph" || p.part === "passage") && speech.value?.document === overflow.kind;

export function OverflowMessage({ overflow }: { overflow: Overflow }) {
  const canLeaveOut = (overflow.kind === "brief" || overflow.kind === "talking_points") && selectedIssues.value.length > 1;
  const offered = new Set(overflow.shorten.filter((s) => isWholeIssue(s.part)).map((s) => issueOfPart(s.part)));
  const others = canLeaveOut ? selectedIssues.value.filter((i) => !offered.has(i.id)) : [];
  const leaveOut = (id: string, title: string) => (
    <button type="button" data-testid={ids.leaveOutIssue} data-title={title} onClick={() => includeIssue(id, false)}>
      {t("documents.leaveOut", { title })}
    </button>
  );
  return (
    <div class="notice notice--error overflow-message" data-testid={ids.overflowMessage}>
      <h3>{t("documents.tooLong")}</h3>
      <p>{overflowProblem(overflow)}</p>
      {overflow.shorten.length > 0 && (
        <>
          <p>{t("documents.tooLongShorten")}</p>
          <ul class="overflow-message__parts">
            {overflow.shorten.map((s) => {
              const issueId = issueOfPart(s.part);
              const inText = isInSpeechText(s.part, overflow);
              return (
                <li key={JSON.stringify(s.part)}>
                  {shortenText(s)}{" "}
                  {(issueId || inText) && (
                    <button
                      type="button"
                      class="link"
                      data-testid={ids.shortenPart}
                      onClick={() => (inText ? jumpIntoSpeech(s.part) : jumpToPart(s.part))}
                    >
                      {t("documents.shortenPart")}
                      <span class="visually-hidden">: {documentPart(s.part)}</span>
                    </button>
                  )}{" "}
                  {issueId && canLeaveOut && isWholeIssue(s.part) && "issue" in s.part && leaveOut(issueId, s.part.issue)}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {others.length > 0 && (
        <>
          <p>{t("documents.tooLongLeaveOut")}</p>
          <div class="button-row">{others.map((i) => leaveOut(i.id, i.title))}</div>
        </>
      )}
    </div>
  );
}
