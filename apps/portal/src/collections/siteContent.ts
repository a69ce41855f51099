/**
 * The shape every site-scoped content collection shares: the site field (added by the multi-tenant
 * plugin), `createdBy`, drafts and versions with a per-locale status (Vietnamese and English publish
 * on their own), the content access rules of `access/content.ts`, and the hooks that keep a
 * document on its site and keep non-publishers off the live version.
 */
import type { CollectionConfig, Field } from 'payload';
import { createContent, deleteContent, readContent, readContentVersions, updateContent } from '../access/content';
import { createdByField, sampleDataField, type Label } from '../fields/common';
import { guardPublishing } from '../hooks/guardPublishing';
import { preventSiteMove } from '../hooks/preventSiteMove';
import { setCreatedBy } from '../hooks/setCreatedBy';
import { fillSlug } from '../hooks/fillSlug';

export interface SiteContentOptions {
  slug: string;
  labels: { singular: Label; plural: Label };
  fields: Field[];
  useAsTitle: string;
  group?: Label;
  defaultColumns?: string[];
  description?: Label;
  /** Field whose value fills an empty `slug` field. */
  slugFrom?: string;
  /** GraphQL type names (labels are localized objects, so Payload cannot derive them). */
  graphQL: { singularName: string; pluralName: string };
}

export const ADMIN_GROUPS = {
  content: { vi: 'Nội dung', en: 'Content' },
  organisation: { vi: 'Tổ chức bộ máy', en: 'Organisation' },
  documents: { vi: 'Văn bản, kế hoạch', en: 'Documents and plans' },
  citizens: { vi: 'Tương tác công dân', en: 'Citizens' },
  system: { vi: 'Hệ thống', en: 'System' },
} satisfies Record<string, Label>;

/** Builds a site-scoped, versioned, localized collection. */
export function siteContent(o: SiteContentOptions): CollectionConfig {
  return {
    slug: o.slug,
    labels: o.labels,
    graphQL: o.graphQL,
    admin: {
      useAsTitle: o.useAsTitle,
      group: o.group ?? ADMIN_GROUPS.content,
      defaultColumns: o.defaultColumns ?? [o.useAsTitle, '_status', 'updatedAt'],
      description: o.description,
    },
    access: {
      read: readContent,
      readVersions: readContentVersions,
      create: createContent,
      update: updateContent,
      delete: deleteContent,
    },
    versions: { maxPerDoc: 50, drafts: { localizeStatus: true } },
    hooks: {
      beforeOperation: [guardPublishing],
      beforeValidate: o.slugFrom ? [fillSlug(o.slugFrom)] : [],
      beforeChange: [setCreatedBy, preventSiteMove],
    },
    fields: [...o.fields, createdByField, sampleDataField],
  };
}
