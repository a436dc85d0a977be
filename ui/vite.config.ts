// The UI is built into ui/dist, which the Rust build embeds: the app loads nothing from the
// network, ever. Old WebKitGTK and WebView2 builds on low-end laptops set the target.
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: ".",
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: ["es2021", "safari14"],
    assetsInlineLimit: 0,
    // One script holds the six languages' catalogues and the States' names (about 560 kB):
    // the window reads it from the program itself, never over a network, so splitting it
    // would only make switching the language wait on a load.
    chunkSizeWarningLimit: 800,
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
