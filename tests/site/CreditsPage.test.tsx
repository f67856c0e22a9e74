// The credits page in both languages: its title and <html lang>, each sample photo from the registry
// with thumbnail, alt, author, licence and source, the digits with their counts, the software table.
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CreditsPage } from '../../src/site/CreditsPage.tsx';
import { SHIPPED_DIGIT_COUNTS } from '../../src/site/shippedDigits.ts';
import { softwareCredits } from '../../src/site/softwareCredits.ts';
import { findWidget, widgetCredits } from '../../src/widgets/registry.ts';

function renderPage(lang: 'en' | 'zh') {
  return render(
    <MemoryRouter initialEntries={[lang === 'en' ? '/credits' : '/zh/credits']}>
      <CreditsPage lang={lang} />
    </MemoryRouter>,
  );
}

describe('CreditsPage', () => {
  it.each([
    ['en', 'Credits', 'Credits · Receptive', 'en'],
    ['zh', '致谢与版权', '致谢与版权 · Receptive', 'zh-Hans'],
  ] as const)('%s: h1 %s, title %s, <html lang> %s', (lang, heading, title, tag) => {
    renderPage(lang);
    expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(document.title).toBe(title);
    expect(document.documentElement.lang).toBe(tag);
  });

  it('the registry credits the five sample photos of image-filter', () => {
    const works = widgetCredits();
    expect(works.map((work) => work.credit.id)).toEqual(expect.arrayContaining(['camera', 'astronaut', 'coffee', 'chelsea', 'brick']));
    expect(works.find((work) => work.credit.id === 'camera')?.widgets.map((meta) => meta.id)).toEqual(['image-filter']);
  });

  it.each(['en', 'zh'] as const)('%s: every credited photo has a thumbnail with its alt, its title, author, licence link and source link', (lang) => {
    renderPage(lang);
    for (const { credit } of widgetCredits()) {
      const image = screen.getByRole('img', { name: credit.alt[lang] });
      expect(image).toHaveAttribute('src', credit.url);
      const entry = image.closest('li');
      if (!entry) throw new Error(`no list item for ${credit.id}`);
      const inEntry = within(entry);
      expect(inEntry.getByRole('heading', { level: 3, name: credit.title[lang] })).toBeInTheDocument();
      expect(inEntry.getByText(credit.author[lang])).toBeInTheDocument();
      expect(inEntry.getByRole('link', { name: credit.licence[lang] })).toHaveAttribute('href', credit.licenceUrl);
      expect(inEntry.getByRole('link', { name: new URL(credit.sourceUrl).host })).toHaveAttribute('href', credit.sourceUrl);
    }
  });

  it('en: the photos link to the lesson or embed page of the widget that uses them', () => {
    renderPage('en');
    const entry = screen.getByRole('img', { name: /A man in a dark coat/ }).closest('li');
    if (!entry) throw new Error('no camera entry');
    const link = within(entry).getByRole('link', { name: findWidget('image-filter')?.meta.title.en });
    expect(link.getAttribute('href')).toMatch(/^\/(lessons\/image-filters|embed\/image-filter)$/);
  });

  it('en: the digits section gives the shipped counts (12,000 and 2,000) and CC BY-SA 3.0', () => {
    renderPage('en');
    const section = screen.getByRole('region', { name: 'Handwritten digits' });
    expect(SHIPPED_DIGIT_COUNTS).toEqual({ train: 12000, test: 2000 });
    expect(section).toHaveTextContent('12,000 training and 2,000 test images');
    expect(within(section).getByRole('link', { name: 'CC BY-SA 3.0' })).toHaveAttribute('href', 'https://creativecommons.org/licenses/by-sa/3.0/');
  });

  it.each(['en', 'zh'] as const)('%s: the software table has a row per package with its licence', (lang) => {
    renderPage(lang);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(softwareCredits.length + 1);
    const reactRow = within(table).getByRole('rowheader', { name: 'react' }).closest('tr');
    if (!reactRow) throw new Error('no react row');
    expect(within(reactRow).getByRole('link', { name: 'MIT' })).toBeInTheDocument();
  });

  it('prerendered (renderToString): the thumbnails, the table and the headings are in the HTML', () => {
    const html = renderToString(
      <MemoryRouter initialEntries={['/credits']}>
        <CreditsPage lang="en" />
      </MemoryRouter>,
    );
    expect(html).toContain('src="/samples/camera.png"');
    expect(html).toContain('<h2 id="credits-software">Software in the page</h2>');
    expect(html).toContain('>d3-scale</a>');
  });
});
