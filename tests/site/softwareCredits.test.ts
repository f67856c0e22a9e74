// The software list of the credits page against node_modules: every runtime dependency listed, each
// licence as its package.json states it, a licence link for every licence used. (Paths from the
// project root: jsdom gives import.meta.url no file scheme.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licenceUrls, softwareCredits } from '../../src/site/softwareCredits.ts';

const packageJson = (name: string) => JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8')) as { license?: string; dependencies?: Record<string, string> };
const project = JSON.parse(readFileSync(join(process.cwd(), 'package.json'), 'utf8')) as { dependencies: Record<string, string> };

describe('softwareCredits', () => {
  it('lists every dependency of package.json (the code the browser gets)', () => {
    const listed = softwareCredits.map((entry) => entry.name);
    for (const name of Object.keys(project.dependencies)) expect(listed).toContain(name);
  });

  it('lists the runtime dependencies of d3-scale, d3-array and react-dom too', () => {
    const listed = softwareCredits.map((entry) => entry.name);
    for (const parent of ['d3-scale', 'd3-array', 'd3-interpolate', 'react-dom']) {
      for (const name of Object.keys(packageJson(parent).dependencies ?? {})) expect(listed).toContain(name);
    }
  });

  it.each(softwareCredits.filter((entry) => !entry.packageName).map((entry) => [entry.name, entry.licence]))('%s: licence %s as in its package.json', (name, licence) => {
    expect(packageJson(name).license).toBe(licence);
  });

  it('the KaTeX fonts are credited under OFL-1.1, as part of the katex package', () => {
    expect(softwareCredits.find((entry) => entry.name === 'KaTeX fonts')).toMatchObject({ packageName: 'katex', licence: 'OFL-1.1' });
  });

  it('every entry has an https url, a use in en and zh, and a licence with a link', () => {
    for (const entry of softwareCredits) {
      expect(entry.url).toMatch(/^https:\/\//);
      expect(entry.use.en.length * entry.use.zh.length).toBeGreaterThan(0);
      expect(licenceUrls[entry.licence]).toMatch(/^https:\/\//);
    }
  });
});
