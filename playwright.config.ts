import { defineConfig } from "@playwright/test";

/** The production build, served the way a static host would serve it. */
const PORT = 4174;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--headless",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // Timing measurements depend on the machine's load, so they run on their
  // own (`npm run measure`), not in the suite.
  projects: [
    { name: "suite", testMatch: "**/*.spec.ts" },
    { name: "measure", testMatch: "**/*.measure.ts" },
  ],
  webServer: {
    command: `npm run --silent build:static && npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
