// convolution-1d's public face: its component and its meta (the registry imports them separately,
// so the component can load on demand).
export { Convolution1d } from './Convolution1d.tsx';
export { convolution1dMeta } from './meta.ts';
