// waiver/*: the waivers of plan.yaml themselves, reported where waivers are applied (report.ts).
import { defineRule } from '../rule.js';

const waivers = 'the waivers, as they are applied to the findings';

export const WAIVER_RULES = [
  defineRule({
    id: 'waiver/not-waivable',
    severity: 'error',
    title: 'A waiver names a rule that cannot be waived',
    waivable: false,
    phase: 'waivers',
    reportedBy: waivers,
  }),
  defineRule({
    id: 'waiver/expired',
    severity: 'notice',
    title: 'A waiver passed its expiry date',
    waivable: false,
    phase: 'waivers',
    reportedBy: waivers,
  }),
  defineRule({
    id: 'waiver/unmatched',
    severity: 'notice',
    title: 'A waiver matches no finding',
    waivable: false,
    phase: 'waivers',
    reportedBy: waivers,
  }),
] as const;
