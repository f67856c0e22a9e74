// End-to-end harness: serves the built site (dist/) in-process with Vite's preview() the way a plain
// static file server does, drives Debian's Chromium with playwright-core, and records page problems.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type Plugin, type PreviewServer } from 'vite';

const projectRoot = join(import.meta.dirname, '..', '..');
const distDir = join(projectRoot, 'dist');

/** Chromium flags for a headless run without a sandbox, GPU, network side traffic or first-run UI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The system Chromium (Debian's package); never a downloaded browser. */
export const chromiumPath = '/usr/bin/chromium';

/**
 * Makes preview() answer like a static file host: an address with no file gets dist/404.html with
 * status 404, and a folder without its trailing slash is redirected to it (instead of Vite's
 * single-page fallback to index.html, which would hide missing pages).
 */
function staticHostFallback(): Plugin {
  return {
    name: 'receptive:static-host-fallback',
    configurePreviewServer(server) {
      return () => {
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          const onDisk = join(distDir, pathname);
          if (existsSync(onDisk) && statSync(onDisk).isFile()) return next();
          if (existsSync(join(onDisk, 'index.html')) && !pathname.endsWith('/')) {
            res.statusCode = 301;
            res.setHeader('Location', `${pathname}/`);
            res.end();
            return;
          }
          res.statusCode = 404;
          res.setHeader('Content-Type', 'text/html; charset=utf-8');
          res.end(readFileSync(join(distDir, '404.html')));
        });
      };
    },
  };
}

/** A running site and browser: `baseUrl` has no trailing slash; `close` stops both. */
export interface Site {
  baseUrl: string;
  browser: Browser;
  close: () => Promise<void>;
}

/** Serves dist/ on a free port of 127.0.0.1 and launches Chromium. Call `close()` in afterAll. */
export async function startSite(): Promise<Site> {
  if (!existsSync(join(distDir, 'index.html')) || !existsSync(join(distDir, '404.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm run test:e2e does)');
  }
  if (!existsSync(chromiumPath)) {
    throw new Error(`${chromiumPath} is missing: install Debian's chromium (apt-get install chromium)`);
  }
  const server: PreviewServer = await preview({
    root: projectRoot,
    appType: 'mpa',
    logLevel: 'warn',
    plugins: [staticHostFallback()],
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const { port } = server.httpServer.address() as AddressInfo;
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** What went wrong while a page was open: console errors, uncaught page errors, failed requests. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
}

/** Options for a fresh browser context. */
export interface OpenOptions {
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

/** A page in its own context, with the problems recorded since it opened. Close `context` when done. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: PageProblems;
  /** The HTTP status of the main document. */
  status: number;
}

/** Opens `path` in a new context (as axe requires) and waits until the network is idle. */
export async function openPage(site: Site, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  const page = await context.newPage();
  const problems: PageProblems = { consoleErrors: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('requestfailed', (request) =>
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  const response = await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'networkidle' });
  return { page, context, problems, status: response?.status() ?? 0 };
}

/** The serious and critical axe violations of the page, one line each (rule, impact, help, elements). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
