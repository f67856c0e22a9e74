// What a widget is to the rest of the site: its meta (id, titles, lesson, param table) and the React
// component that shows it. The registry lists these; lessons, embed pages and the gallery read them.
import type { ComponentType } from 'react';
import type { ParamRejection } from '../state/paramRejection.ts';
import type { DocText, ParamTable, ParamValues } from '../state/paramTable.ts';

/** A course language, as widgets see it. */
export type WidgetLanguage = 'en' | 'zh';

/** The description of a widget: everything about it except how it draws. */
export interface WidgetMeta {
  /** kebab-case id, used in `/embed/<id>` and `<Widget id>`: 'convolution-1d'. */
  id: string;
  title: DocText;
  /** One line saying what the widget shows. */
  description: DocText;
  /** Slug of the lesson the widget belongs to: 'convolution'. */
  lesson: string;
  /** The params, with kinds, defaults and limits: drives controls, URLs and docs. */
  params: ParamTable;
  /**
   * Rules between params that the table cannot state alone (a range that depends on another param):
   * returns the values with every offending param moved to its nearest allowed value, and why each
   * moved. Applied after the table's own checks wherever params are decoded (see decodeWidgetParams).
   */
  reconcile?: (values: ParamValues) => ReconciledParams;
  /** Works the widget ships that need crediting (sample photos ...): listed on the credits page. */
  credits?: readonly WidgetCredit[];
}

/**
 * One credited work a widget ships, as the credits page lists it: a thumbnail with its alt text,
 * the title, who made it, under which licence and where it comes from.
 */
export interface WidgetCredit {
  /** Stable id, unique within the widget: 'camera'. */
  id: string;
  title: DocText;
  /** What the thumbnail shows, for its alt text. */
  alt: DocText;
  /** URL of the work as the site serves it, used as the thumbnail: '/samples/camera.png'. */
  url: string;
  width: number;
  height: number;
  /** Who made it: 'Lav Varshney'. */
  author: DocText;
  /** The licence's name: 'CC0 1.0'. */
  licence: DocText;
  licenceUrl: string;
  /** Where the original comes from (a page to link to). */
  sourceUrl: string;
  /** How the site changed it (converted to grayscale, scaled down ...). */
  changes: DocText;
}

/** What `WidgetMeta.reconcile` returns: the values to use and each param it moved, with the problem. */
export interface ReconciledParams {
  values: ParamValues;
  moved: readonly { name: string; problem: DocText }[];
}

/** The props every widget component takes. */
export interface WidgetProps {
  lang: WidgetLanguage;
  /** Starting params, already decoded and validated against the widget's param table. */
  initialParams: ParamValues;
  /** Values that were not taken as given (from a URL or MDX); shown in a role="alert" notice. */
  rejections?: readonly ParamRejection[];
  /** Called with the whole param set whenever the reader changes a param. */
  onParamsChange?: (values: ParamValues) => void;
  /**
   * A stable name of this figure on its page, for what the widget keeps in the browser (the reader's
   * own image ...): 'image-filters:image-filter:kernel=sobel-x' in a lesson, 'embed:image-filter' on an
   * embed page. Without it a widget keeps nothing across reloads.
   */
  instanceKey?: string;
}

/** One registered widget: meta plus component, and for a component loaded on demand its loader. */
export interface WidgetDefinition {
  meta: WidgetMeta;
  component: ComponentType<WidgetProps>;
  /** Fetches the component's code; after it resolves the component renders without suspending. */
  load?: () => Promise<unknown>;
}
