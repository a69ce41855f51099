/** Helpers for rule files: a rule file reads like the law — ID, citation, paraphrase, then the check. */
import type { JudgeFn, Rule, RuleContext, Text } from './types.js';

export function defineRule(r: Rule): Rule {
  return r;
}

/** evaluate() that returns a check's judgement as is. */
export function use<A extends unknown[]>(fn: JudgeFn<A>, ...args: A): (ctx: RuleContext) => ReturnType<RuleContext['judge']> {
  return (ctx) => ctx.judge(fn, ...args);
}

export const vi_en = (vi: string, en: string): Text => ({ vi, en });
