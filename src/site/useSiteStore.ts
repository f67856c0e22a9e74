// The one site store of the app (colour scheme, lessons done, exercises solved), created for the
// lessons of the course outline.
import { createSiteStore } from '../state/siteStore.ts';
import { courseOutline } from './courseOutline.ts';

/** The site store hook: `useSiteStore((state) => state.colorScheme)`. */
export const useSiteStore = createSiteStore({ lessonSlugs: courseOutline.map((entry) => entry.slug) });
