import { defineConfig } from "vite";

// The app is static files: a relative base lets dist/ be served from any
// path (a docs site, a USB stick behind `python3 -m http.server`).
export default defineConfig({
  base: "./",
  publicDir: false,
  build: {
    outDir: "dist",
    target: "es2022",
    // The wasm module stays a separate, cacheable file.
    assetsInlineLimit: 0,
    rolldownOptions: {
      input: { app: "index.html", api: "api.html", embed: "embed.html" },
    },
  },
  worker: { format: "es" },
  server: { host: "127.0.0.1", port: 5173, strictPort: true },
  preview: { host: "127.0.0.1", port: 4173, strictPort: true },
});
