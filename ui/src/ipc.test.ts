import { describe, expect, it } from "vitest";
import { setLanguage } from "./i18n";
import { toUserError, UserError } from "./ipc";

describe("toUserError", () => {
  it("keeps the code and data Rust sent and words them in the window's language", () => {
    const e = toUserError({
      code: "store_not_empty",
      message: "the data folder already holds data (MCHR, campaign for Meridia); …",
      organisation: "MCHR",
      state_under_review: "Meridia",
    });
    expect(e).toBeInstanceOf(UserError);
    expect(e.code).toBe("store_not_empty");
    setLanguage("fr");
    expect(e.message).toContain("Ce dossier contient déjà des données (MCHR, Meridia)");
    setLanguage("en");
    expect(e.message).toContain("This data folder already holds data (MCHR, Meridia)");
  });

  it("keeps the English of a code it does not know", () => {
    const e = toUserError({ code: "from_the_future", message: "something new" });
    expect(e.code).toBe("unexpected");
    expect(e.message).toBe("something new");
  });

  it("turns anything else into an unexpected error with its text", () => {
    expect(toUserError(new Error("boom")).code).toBe("unexpected");
    expect(toUserError("plain").message).toBe("plain");
  });
});
