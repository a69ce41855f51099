/** The EMC monitoring tag as a `<script>` (snippet and its rules: emc.ts). */
import React from 'react';
import { emcSnippet } from './emc';

/** `<script>` with the EMC tag for `siteId`, or nothing when the id is empty or not numeric. */
export function EmcTag({ siteId }: { siteId?: string | null }) {
  const id = (siteId ?? '').trim();
  if (!/^\d+$/.test(id)) return null;
  return <script id="emc-tracking" type="text/javascript" dangerouslySetInnerHTML={{ __html: emcSnippet(id) }} />;
}
