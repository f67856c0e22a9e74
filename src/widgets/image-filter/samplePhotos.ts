// The sample photos the image-filter widget ships (public/samples/<id>.png, made by
// scripts/samples/makeSamplePhotos.py): ids, sizes, titles, alt texts and credits in both languages.
import type { DocText } from '../../state/paramTable.ts';
import type { WidgetCredit } from '../widgetDefinition.ts';

/** The ids of the sample photos, in the order the widget offers them; the `image` param's words. */
export const SAMPLE_PHOTO_IDS = ['camera', 'astronaut', 'coffee', 'chelsea', 'brick'] as const;

/** One sample photo's id: 'camera'. */
export type SamplePhotoId = (typeof SAMPLE_PHOTO_IDS)[number];

/** Who made a sample photo, its licence and where it comes from. */
export interface SamplePhotoCredit {
  author: DocText;
  /** The licence's name: 'CC0 1.0 (public domain dedication)'. */
  licence: DocText;
  licenceUrl: string;
  /** Page of the original photo (or of the collection that publishes it). */
  sourceUrl: string;
  /** What was done to the original to get the shipped file. */
  changes: DocText;
}

/** A sample photo: an 8-bit grayscale PNG with its longest side at most 512 px. */
export interface SamplePhoto {
  id: SamplePhotoId;
  /** URL below the site's base: '/samples/camera.png'. */
  url: string;
  /** Pixel size of the shipped PNG (not of the original). */
  width: number;
  height: number;
  title: DocText;
  /** What the photo shows, for alt text. */
  alt: DocText;
  credit: SamplePhotoCredit;
}

const CC0: Pick<SamplePhotoCredit, 'licence' | 'licenceUrl'> = {
  licence: { en: 'CC0 1.0 (public domain dedication)', zh: 'CC0 1.0（放弃著作权，贡献至公有领域）' },
  licenceUrl: 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const SKIMAGE_DATA = 'https://scikit-image.org/docs/stable/api/skimage.data.html';

/** The conversion the shipping script applies: grayscale with BT.601 weights, then a downscale when over 512 px. */
function changes(from: { width: number; height: number; color: boolean }, to: { width: number; height: number }): DocText {
  const scaled = from.width !== to.width || from.height !== to.height;
  const size = (s: { width: number; height: number }) => `${s.width}×${s.height}`;
  const en: string[] = [];
  const zh: string[] = [];
  if (from.color) {
    en.push('converted to grayscale (ITU-R BT.601 weights 0.299, 0.587, 0.114)');
    zh.push('按 ITU-R BT.601 权重（0.299、0.587、0.114）转为灰度');
  }
  if (scaled) {
    en.push(`scaled down from ${size(from)} to ${size(to)} px`);
    zh.push(`从 ${size(from)} 缩小到 ${size(to)} 像素`);
  }
  if (en.length === 0) return { en: 'Unchanged (8-bit grayscale PNG).', zh: '未作改动（8 位灰度 PNG）。' };
  const sentence = en.join(', then ');
  return { en: `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}; saved as PNG.`, zh: `${zh.join('，再')}，保存为 PNG。` };
}

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

function photo(id: SamplePhotoId, width: number, height: number, original: { width: number; height: number; color: boolean }, fields: Omit<SamplePhoto, 'id' | 'url' | 'width' | 'height' | 'credit'> & { credit: Omit<SamplePhotoCredit, 'changes'> }): SamplePhoto {
  return { id, url: `${BASE}samples/${id}.png`, width, height, ...fields, credit: { ...fields.credit, changes: changes(original, { width, height }) } };
}

/** Every sample photo, in the order of SAMPLE_PHOTO_IDS. */
export const samplePhotos: readonly SamplePhoto[] = [
  photo('camera', 512, 512, { width: 512, height: 512, color: false }, {
    title: { en: 'Photographer on a lawn', zh: '草坪上的摄影师' },
    alt: {
      en: 'A man in a dark coat looks through a camera on a tripod, standing on a lawn, with buildings far behind him.',
      zh: '一位身穿深色大衣的男子站在草坪上，透过三脚架上的相机取景，远处是一排建筑。',
    },
    credit: { author: { en: 'Lav Varshney', zh: 'Lav Varshney' }, ...CC0, sourceUrl: `${SKIMAGE_DATA}#skimage.data.camera` },
  }),
  photo('astronaut', 512, 512, { width: 512, height: 512, color: true }, {
    title: { en: 'Astronaut Eileen Collins', zh: '宇航员艾琳·柯林斯' },
    alt: {
      en: 'Astronaut Eileen Collins smiling in her flight suit, her helmet in front of her, an American flag and a model of the space shuttle behind her.',
      zh: '宇航员艾琳·柯林斯身穿飞行服微笑，头盔放在身前，身后是美国国旗和航天飞机模型。',
    },
    credit: {
      author: { en: 'NASA', zh: '美国国家航空航天局（NASA）' },
      licence: { en: 'Public domain (NASA photograph)', zh: '公有领域（NASA 照片）' },
      licenceUrl: 'https://www.nasa.gov/nasa-brand-center/images-and-media/',
      sourceUrl: 'https://flic.kr/p/r9qvLn',
    },
  }),
  photo('coffee', 512, 341, { width: 600, height: 400, color: true }, {
    title: { en: 'A cup of coffee', zh: '一杯咖啡' },
    alt: {
      en: 'A cup of coffee on a saucer with a small spoon, seen from above on a wooden table.',
      zh: '俯视木桌上的一杯咖啡，杯子放在碟子上，旁边有一把小勺。',
    },
    credit: {
      author: { en: 'Rachel Michetti, courtesy of Pikolo Espresso Bar', zh: 'Rachel Michetti（由 Pikolo Espresso Bar 提供）' },
      ...CC0,
      sourceUrl: `${SKIMAGE_DATA}#skimage.data.coffee`,
    },
  }),
  photo('chelsea', 451, 300, { width: 451, height: 300, color: true }, {
    title: { en: 'Chelsea the cat', zh: '猫咪切尔西' },
    alt: {
      en: 'Close-up of a tabby cat’s face looking to one side, with long whiskers and striped fur.',
      zh: '一只虎斑猫的脸部特写，目光望向一侧，长长的胡须和条纹毛发清晰可见。',
    },
    credit: { author: { en: 'Stefan van der Walt', zh: 'Stefan van der Walt' }, ...CC0, sourceUrl: `${SKIMAGE_DATA}#skimage.data.chelsea` },
  }),
  photo('brick', 512, 512, { width: 512, height: 512, color: false }, {
    title: { en: 'Brick wall', zh: '砖墙' },
    alt: {
      en: 'A brick wall seen almost head-on: long bricks in vertical rows, separated by light mortar lines.',
      zh: '几乎正对着拍摄的一面砖墙：长条砖排成竖列，之间是浅色的灰缝。',
    },
    credit: {
      author: {
        en: 'CC0Textures (Bricks25); perspective-corrected, rotated, cropped and scaled by scikit-image',
        zh: 'CC0Textures（Bricks25）；由 scikit-image 做透视校正、旋转、裁剪和缩放',
      },
      ...CC0,
      sourceUrl: 'https://cc0textures.com/view.php?tex=Bricks25',
    },
  }),
];

/** The sample photo with id `id`, or undefined when there is none. */
export function findSamplePhoto(id: string): SamplePhoto | undefined {
  return samplePhotos.find((entry) => entry.id === id);
}

/** The sample photos as the credits page lists them: set `credits: samplePhotoCredits` in the widget's meta. */
export const samplePhotoCredits: readonly WidgetCredit[] = samplePhotos.map((entry) => ({
  id: entry.id,
  title: entry.title,
  alt: entry.alt,
  url: entry.url,
  width: entry.width,
  height: entry.height,
  ...entry.credit,
}));
