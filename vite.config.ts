// One config for dev, build, SSR build and Vitest: MDX lessons with math, React, two test projects.
import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { lessonMdxOptions } from './scripts/mdx/lessonMdxOptions.ts';

// When set (by .ci/run), every Vitest run also writes a JSON report there, named after the npm
// script that started it, so CI can print one "N passed, N failed" line for `npm test`.
const reportDir = process.env.RECEPTIVE_TEST_REPORT_DIR;
const jsonReport = reportDir
  ? {
      reporters: ['default', 'json'],
      outputFile: { json: `${reportDir}/${process.env.npm_lifecycle_event ?? 'vitest'}.json` },
    }
  : {};

export default defineConfig({
  plugins: [
    {
      enforce: 'pre',
      ...mdx(lessonMdxOptions),
    },
    react({ include: /\.(mdx|tsx?|jsx?)$/ }),
  ],
  build: {
    // dist/.vite/manifest.json: which chunks each page loads, for scripts/measureLessonJs.mjs.
    manifest: true,
    // Fonts stay files: the pages' Content-Security-Policy allows fonts from the site itself only
    // (font-src 'self'), so an inlined data: font (KaTeX's smallest) would be blocked.
    assetsInlineLimit: (file) => (/\.(woff2?|ttf|otf|eot)$/i.test(file) ? false : undefined),
  },
  test: {
    ...jsonReport,
    projects: [
      {
        // Engine, data, training and architecture tests: plain Node, no DOM to set up.
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/site/**', 'tests/e2e/**'],
          testTimeout: 60_000,
        },
      },
      {
        // React components and site modules, rendered in jsdom with Testing Library.
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/**/*.test.tsx', 'tests/site/**/*.test.ts'],
          setupFiles: ['tests/setup.ts'],
          css: false,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
