import { describe, expect, it } from "vitest";
import { setLanguage } from "../../i18n";
import type { LobbyReason } from "../../model";
import { reasonsInWords } from "./reasons";

const reasons: LobbyReason[] = [
  { kind: "follow_up", recommendations: 3, supported: 2, noted: 1, followed_up: { followed: 2, of: 3 }, points: 1.2 },
  { kind: "record", recommendations: 14, specific: 9, since_session: 3, recent: 5, recent_sessions: 3, points: 0.9 },
  { kind: "record_in_group", recommendations: 6, group: "African", points: 0.4 },
  { kind: "same_group", group: "African", points: 0.2 },
];

describe("the reasons of a suggested State", () => {
  it("are worded in English from their numbers", () => {
    setLanguage("en");
    expect(reasonsInWords(reasons, "Meridia", "Torture")).toBe(
      "3 recommendations on Torture to Meridia before (2 supported, 1 noted), followed up 2 of its 3 from an earlier cycle; " +
        "14 recommendations on Torture since session 3 (9 specific), 5 in the last 3 sessions; " +
        "6 of them to States of the African group, as Meridia is; in the African group, as Meridia is",
    );
  });

  it("are worded in French and Spanish with the same numbers", () => {
    setLanguage("fr");
    const fr = reasonsInWords(reasons, "Meridia", "Torture");
    expect(fr).toContain("a donné suite à 2 de ses 3 recommandations");
    expect(fr).toContain("14 recommandations sur Torture depuis la session 3 (9 spécifiques)");
    setLanguage("es");
    const es = reasonsInWords(reasons, "Meridia", "Torture");
    expect(es).toContain("dio seguimiento a 2 de sus 3 recomendaciones");
    expect(es).toContain("6 de ellas a Estados del grupo African, como Meridia");
    setLanguage("en");
  });

  it("are joined with each language's own punctuation", () => {
    setLanguage("ar");
    const ar = reasonsInWords(reasons, "ميريديا", "التعذيب");
    expect(ar).toContain("تابعت 2 من توصياتها الـ3 من جولة سابقة؛ ");
    expect(ar).not.toMatch(/[;,]/);
    setLanguage("zh");
    const zh = reasonsInWords(reasons, "梅里迪亚", "酷刑");
    expect(zh).toContain("跟进了其上一轮3条建议中的2条；");
    expect(zh).not.toMatch(/[;,]/);
    setLanguage("en");
  });

  it("leave out the session when the data gave none", () => {
    setLanguage("en");
    const undated: LobbyReason[] = [{ kind: "record", recommendations: 2, specific: 0, since_session: null, recent: 0, recent_sessions: 3, points: 0.5 }];
    expect(reasonsInWords(undated, "Meridia", "these issues")).toBe("2 recommendations on these issues (0 specific)");
  });
});
