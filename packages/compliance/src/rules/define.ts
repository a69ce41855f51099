/** Helpers for rule files: a rule file reads like the law — ID, citation, paraphrase, then the check. */
import type { JudgeFn, Rule, RuleContext, Text } from './types.js';

/** What a rule file writes: a Rule whose `catalogueId` may be left out when it is the `id` without its `/part`. */
export type RuleSpec = Omit<Rule, 'catalogueId'> & { catalogueId?: string };

/**
 * Define a rule. `catalogueId` defaults to the id up to its first `/` ('N42-26/software' → 'N42-26'); give it
 * explicitly only when the catalogue ID itself contains a slash ('TT24/15-7.3') or differs from the id.
 */
export function defineRule(r: RuleSpec): Rule {
  return { ...r, catalogueId: r.catalogueId ?? r.id.split('/')[0] };
}

/** evaluate() that returns a check's judgement as is. */
export function use<A extends unknown[]>(fn: JudgeFn<A>, ...args: A): (ctx: RuleContext) => ReturnType<RuleContext['judge']> {
  return (ctx) => ctx.judge(fn, ...args);
}

export const vi_en = (vi: string, en: string): Text => ({ vi, en });
