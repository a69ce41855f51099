/**
 * A document never moves to another site through an ordinary edit (DESIGN.md §3): an update that
 * changes `site` is rejected, whoever sends it. Moving content between sites (e.g. after the 2025
 * merger of communes) is a separate, audited operation that sets `req.context.moveSite = true`.
 */
import { ValidationError, type CollectionBeforeChangeHook } from 'payload';

const idOf = (v: unknown): string | null =>
  v == null ? null : typeof v === 'object' ? String((v as { id: unknown }).id) : String(v);

export const preventSiteMove: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req, collection }) => {
  if (operation !== 'update' || req.context?.moveSite === true) return data;
  if (!('site' in data) || data.site === undefined) return data;
  const before = idOf(originalDoc?.site);
  const after = idOf(data.site);
  if (before !== null && after !== before) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [{ path: 'site', message: 'Không thể chuyển nội dung sang trang khác bằng thao tác sửa thông thường.' }],
    });
  }
  return data;
};
