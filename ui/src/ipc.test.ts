import { describe, expect, it } from "vitest";
import { toUserError, UserError } from "./ipc";

describe("toUserError", () => {
  it("keeps the code and message Rust sent", () => {
    const e = toUserError({ code: "store_not_empty", message: "the data folder already holds data" });
    expect(e).toBeInstanceOf(UserError);
    expect(e.code).toBe("store_not_empty");
    expect(e.message).toBe("the data folder already holds data");
  });

  it("turns anything else into an unexpected error with its text", () => {
    expect(toUserError(new Error("boom")).code).toBe("unexpected");
    expect(toUserError("plain").message).toBe("plain");
  });
});
