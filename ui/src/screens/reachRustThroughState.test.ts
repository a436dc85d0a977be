import { describe, expect, it } from "vitest";

// The screens (and the frame that holds them) reach Rust only through `state/`, whose domain
// modules own the calls and what they change; `ipc.ts` is the door behind them.
const sources = {
  ...import.meta.glob<string>(["./**/*.ts", "./**/*.tsx", "!./**/*.test.ts"], { query: "?raw", import: "default", eager: true }),
  ...import.meta.glob<string>(["../App.tsx", "../main.tsx"], { query: "?raw", import: "default", eager: true }),
};

/** The modules a source imports (static `import … from`, `export … from`, dynamic `import()`). */
function importsOf(source: string): string[] {
  const found = [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["']([^"']+)["']/g)].map((m) => m[1]);
  return found;
}

describe("screens reach Rust only through state/", () => {
  it("reads the screens' sources", () => {
    const names = Object.keys(sources);
    expect(names).toContain("./settings/SettingsScreen.tsx");
    expect(names).toContain("../App.tsx");
    expect(names.length).toBeGreaterThan(20);
  });

  it("no screen imports ipc.ts or Tauri's API itself", () => {
    const offenders = Object.entries(sources).flatMap(([file, source]) =>
      importsOf(source)
        .filter((m) => /(^|\/)ipc(\.ts)?$/.test(m) || m.startsWith("@tauri-apps/"))
        .map((m) => `${file} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });
});
