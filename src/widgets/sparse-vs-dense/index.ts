// sparse-vs-dense's public face: its component and its meta (the registry imports them separately,
// so the component can load on demand).
export { SparseVsDense } from './SparseVsDense.tsx';
export { sparseVsDenseMeta } from './meta.ts';
