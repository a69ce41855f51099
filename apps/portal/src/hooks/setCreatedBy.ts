/** Records who created a document (`createdBy`), used by contributor access rules. Never changes afterwards. */
import type { CollectionBeforeChangeHook } from 'payload';

export const setCreatedBy: CollectionBeforeChangeHook = ({ data, operation, req, originalDoc }) => {
  if (operation === 'create') {
    if (req.user && (req.user as { collection?: string }).collection === 'users') data.createdBy = req.user.id;
  } else if (originalDoc) {
    data.createdBy = originalDoc.createdBy ?? data.createdBy;
  }
  return data;
};
