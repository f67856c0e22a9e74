// image-filter's public face: its component and its meta (the registry imports them separately, so
// the component can load on demand).
export { ImageFilter } from './ImageFilter.tsx';
export { imageFilterMeta } from './meta.ts';
