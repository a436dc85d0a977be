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
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
  },
});
