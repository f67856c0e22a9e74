// The software whose code (or fonts) the site sends to the browser, with each licence as its
// package.json states it (checked against node_modules by tests/site/softwareCredits.test.ts).
import type { DocText } from '../state/paramTable.ts';

/** One shipped package: its npm name, a link, its SPDX licence and what the site uses it for. */
export interface SoftwareCredit {
  /** The npm package name: 'react'. */
  name: string;
  url: string;
  /** SPDX id: 'MIT', 'ISC', 'OFL-1.1'. */
  licence: string;
  use: DocText;
  /** The package whose licence file `licence` comes from when it is not `name` (the KaTeX fonts). */
  packageName?: string;
}

const d3 = (name: string, use: DocText): SoftwareCredit => ({ name, url: `https://d3js.org/${name}/`, licence: 'ISC', use });

/** Every shipped package, grouped by what it does. */
export const softwareCredits: readonly SoftwareCredit[] = [
  { name: 'react', url: 'https://react.dev/', licence: 'MIT', use: { en: 'components of every page', zh: '所有页面的组件' } },
  { name: 'react-dom', url: 'https://react.dev/', licence: 'MIT', use: { en: 'drawing the components in the page', zh: '把组件渲染到页面上' } },
  { name: 'scheduler', url: 'https://github.com/facebook/react', licence: 'MIT', use: { en: 'React’s task scheduling', zh: 'React 的任务调度' } },
  { name: 'react-router', url: 'https://reactrouter.com/', licence: 'MIT', use: { en: 'addresses and links between pages', zh: '页面地址与页面间的链接' } },
  { name: 'zustand', url: 'https://github.com/pmndrs/zustand', licence: 'MIT', use: { en: 'the state of widgets and the site', zh: '交互图示和网站的状态' } },
  { name: 'katex', url: 'https://katex.org/', licence: 'MIT', use: { en: 'typesetting formulas', zh: '排版数学公式' } },
  {
    name: 'KaTeX fonts',
    packageName: 'katex',
    url: 'https://github.com/KaTeX/katex-fonts',
    licence: 'OFL-1.1',
    use: { en: 'the fonts of the formulas', zh: '数学公式所用的字体' },
  },
  d3('d3-selection', { en: 'updating the figures’ SVG', zh: '更新图示中的 SVG' }),
  d3('d3-scale', { en: 'axes and colour scales', zh: '坐标轴与颜色比例尺' }),
  d3('d3-array', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  d3('d3-color', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  d3('d3-format', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  d3('d3-interpolate', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  d3('d3-time', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  d3('d3-time-format', { en: 'used by d3-scale', zh: 'd3-scale 的依赖' }),
  { name: 'internmap', url: 'https://github.com/mbostock/internmap', licence: 'ISC', use: { en: 'used by d3-array', zh: 'd3-array 的依赖' } },
];

/** Where each licence's text is. */
export const licenceUrls: Readonly<Record<string, string>> = {
  MIT: 'https://opensource.org/license/mit',
  ISC: 'https://opensource.org/license/isc-license-txt',
  'OFL-1.1': 'https://openfontlicense.org/open-font-license-official-text/',
};
