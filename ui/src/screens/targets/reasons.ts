// The reasons a suggested State ranks where it does, worded from the catalogues: the core
// sends numbers and kinds (LobbyReason), never sentences.
import { joined, t, tn } from "../../i18n";
import type { LobbyReason, LobbyTargets } from "../../model";

/** What the reasons call the issues: the one issue's name, or "these issues". */
export function topicOf(result: LobbyTargets): string {
  return result.issues.length === 1 ? result.issues[0] : t("targets.reason.theseIssues");
}

/** One reason in the current language; `sur` is the State under Review. */
export function reasonInWords(reason: LobbyReason, sur: string, topic: string): string {
  switch (reason.kind) {
    case "follow_up": {
      const made = t("targets.reason.followUp", {
        recommendations: tn("count.recommendations", reason.recommendations),
        topic,
        sur,
        supported: tn("count.supported", reason.supported),
        noted: tn("count.noted", reason.noted),
      });
      const f = reason.followed_up;
      return f ? joined([made, t("targets.reason.followedUp", { followed: f.followed, of: f.of })]) : made;
    }
    case "record":
      return reason.since_session === null
        ? t("targets.reason.recordUndated", { recommendations: tn("count.recommendations", reason.recommendations), topic, specific: tn("count.specific", reason.specific) })
        : t("targets.reason.record", {
            recommendations: tn("count.recommendations", reason.recommendations),
            topic,
            since: reason.since_session,
            specific: tn("count.specific", reason.specific),
            recent: reason.recent,
            sessions: reason.recent_sessions,
          });
    case "record_in_group":
      return t("targets.reason.recordInGroup", { n: reason.recommendations, group: reason.group, sur });
    case "same_group":
      return t("targets.reason.sameGroup", { group: reason.group, sur });
  }
}

/** All the reasons of one State, weightiest first, as one line. */
export function reasonsInWords(reasons: LobbyReason[], sur: string, topic: string): string {
  return joined(
    reasons.map((r) => reasonInWords(r, sur, topic)),
    "clauses",
  );
}
