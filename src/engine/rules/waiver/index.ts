// waiver/*: the waivers of plan.yaml themselves, reported where waivers are applied (report.ts).
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { defineRule } from '../rule.js';

const waivers = 'the waivers, as they are applied to the findings';

export const WAIVER_RULES = [
  defineRule({
    id: 'waiver/not-waivable',
    severity: 'error',
    title: 'A waiver names a rule that cannot be waived',
    waivable: false,
    phase: 'waivers',
    docs: 'not-waivable.md',
    reportedBy: waivers,
  }),
  defineRule({
    id: 'waiver/expired',
    severity: 'notice',
    title: 'A waiver passed its expiry date',
    waivable: false,
    phase: 'waivers',
    docs: 'expired.md',
    reportedBy: waivers,
  }),
  defineRule({
    id: 'waiver/unmatched',
    severity: 'notice',
    title: 'A waiver matches no finding',
    waivable: false,
    phase: 'waivers',
    docs: 'unmatched.md',
    reportedBy: waivers,
  }),
] as const;
