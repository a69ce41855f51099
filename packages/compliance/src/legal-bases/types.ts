/**
 * A legal basis: one text (law, decree, circular, official criteria) with its number, title and effective period.
 * One file per text in this folder; the registry (index.ts) discovers them. Adding a decree is adding a file.
 */
import type { Confidence, Text } from '../rules/types.js';

export interface LegalBasis {
  /** Stable id, also the folder name of its rules under src/rules/ (e.g. 'nd-42-2022'). */
  id: string;
  /** Official number as written (e.g. '42/2022/NĐ-CP'). */
  number: string;
  /** Short number used on the command line (`--basis 42/2022`). */
  short: string;
  kind: 'law' | 'decree' | 'circular' | 'criteria';
  title: Text;
  issuedOn?: string;
  /** First day in force (YYYY-MM-DD). */
  effectiveFrom: string;
  /** Last day in force (YYYY-MM-DD), when it has ended. */
  effectiveTo?: string;
  replaces?: string[];
  replacedBy?: string;
  /** How sure the catalogue is about the text itself (legal/REQUIREMENTS.md marks). */
  confidence: Confidence;
  /**
   * From this date on the text may no longer be applied (e.g. its parent law lapsed and no announcement was seen);
   * findings based on it are capped at `warn` and say why.
   */
  uncertainFrom?: string;
  uncertainNote?: Text;
  /**
   * Frames (`--basis`) this text belongs to. A frame is a primary text plus the texts cited beside it: `42/2022` is
   * the frame of the seed survey (Decree 42/2022 + Law on Access to Information + Decree 13/2018 + Decree 72/2013 +
   * Circular 09/2014); `224/2026` the current one (Decree 224/2026 + Law 148/2025 + Circular 22/2023 + the access-to-
   * information texts). Texts in no frame are selected by date only.
   */
  frames: string[];
  /** Catalogue rows and sources (REQUIREMENTS.md section), and anything to know about the dates. */
  note?: Text;
}

export const defineBasis = (b: LegalBasis): LegalBasis => b;
