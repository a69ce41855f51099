/** Fills an empty `slug` from another (possibly localized) field, Vietnamese without diacritics (`@cong/vi` slugify). */
import type { CollectionBeforeValidateHook } from 'payload';
import { slugify } from '@cong/vi';

export const fillSlug =
  (from: string): CollectionBeforeValidateHook =>
  ({ data }) => {
    if (!data || data.slug) return data;
    const source = data[from];
    const text = typeof source === 'string' ? source : source && typeof source === 'object' ? (source.vi ?? Object.values(source)[0]) : '';
    if (typeof text === 'string' && text.trim()) data.slug = slugify(text).slice(0, 120);
    return data;
  };
