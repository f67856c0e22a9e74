// weight-sharing's public face: its component and its meta (the registry imports them separately,
// so the component can load on demand).
export { WeightSharing } from './WeightSharing.tsx';
export { weightSharingMeta } from './meta.ts';
