import { describe, expect, it } from "vitest";

// The window words an error from its catalogues by the error's code; a plain `Error` has none
// and would reach the user as "unexpected". The domain modules throw `UserError`s only.
const sources = import.meta.glob<string>(["./*.ts", "!./*.test.ts"], { query: "?raw", import: "default", eager: true });

describe("state/ throws coded errors only", () => {
  it("reads the domain modules", () => {
    expect(Object.keys(sources)).toContain("./autosaveRegistry.ts");
  });

  it("no domain module throws or rejects with a plain Error", () => {
    const offenders = Object.entries(sources).flatMap(([file, source]) =>
      source
        .split("\n")
        .map((line, n) => ({ line, n: n + 1 }))
        .filter(({ line }) => /new (Type|Range)?Error\(/.test(line))
        .map(({ line, n }) => `${file}:${n}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
