import { defineConfig, type UserConfig } from "vite";

// Three builds of one source tree (`npm run build` runs them in turn):
//
// - the app (default mode): static pages in dist/; a relative base lets
//   dist/ be served from any path (a docs site, a USB stick behind
//   `python3 -m http.server`);
// - `--mode component`: the `<yield-scope>` web component in
//   dist/component/, an ES module whose chunks, worker and wasm sit beside
//   it and are found relative to it, so the folder can be copied anywhere;
// - `--mode viewer`: the offline viewer of exported traces (see
//   docs/embedding.md), one HTML file assembled by www/build-viewer.mjs.
const shared: UserConfig = {
  base: "./",
  publicDir: false,
  worker: { format: "es" },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
};

/**
 * The builds of one module for other people's pages (the component, the
 * exported-trace viewer): wasm and other assets stay files, and a host
 * page's document is not ours to add preload links to.
 */
const standalone = { emptyOutDir: true, target: "es2022", assetsInlineLimit: 0, modulePreload: false } as const;

export default defineConfig(({ mode }): UserConfig => {
  if (mode === "component") {
    return {
      ...shared,
      build: {
        ...standalone,
        outDir: "dist/component",
        rolldownOptions: {
          input: { "yield-scope": "www/src/embed/yield-scope.ts" },
          preserveEntrySignatures: "strict",
          output: {
            entryFileNames: "[name].js",
            chunkFileNames: "[name]-[hash].js",
            assetFileNames: "[name]-[hash][extname]",
          },
        },
      },
    };
  }
  if (mode === "viewer") {
    return {
      ...shared,
      build: {
        ...standalone,
        outDir: "dist/viewer",
        cssCodeSplit: false,
        rolldownOptions: {
          input: { viewer: "www/src/viewer/viewer.ts" },
          output: { entryFileNames: "[name].js", assetFileNames: "[name][extname]", codeSplitting: false },
        },
      },
    };
  }
  return {
    ...shared,
    build: {
      outDir: "dist",
      target: "es2022",
      // The wasm module stays a separate, cacheable file.
      assetsInlineLimit: 0,
      rolldownOptions: {
        input: { app: "index.html", api: "api.html", embed: "embed.html", frame: "frame.html" },
      },
    },
  };
});
