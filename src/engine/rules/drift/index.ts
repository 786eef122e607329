// drift/*: drift mode (drift.ts) compares the committed apps.yaml with a fresh `violet list`
// export. The committed inventory no longer describes the platform: nothing to waive.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { defineRule } from '../rule.js';

const drift = 'drift mode, comparing apps.yaml with a live export';

export const DRIFT_RULES = [
  defineRule({
    id: 'drift/app-added',
    severity: 'error',
    title: 'An application runs that apps.yaml lacks',
    waivable: false,
    phase: 'drift',
    docs: 'app-added.md',
    reportedBy: drift,
  }),
  defineRule({
    id: 'drift/app-removed',
    severity: 'error',
    title: 'An application in apps.yaml no longer runs',
    waivable: false,
    phase: 'drift',
    docs: 'app-removed.md',
    reportedBy: drift,
  }),
  defineRule({
    id: 'drift/version-changed',
    severity: 'error',
    title: 'An application runs another version than apps.yaml says',
    waivable: false,
    phase: 'drift',
    docs: 'version-changed.md',
    reportedBy: drift,
  }),
  defineRule({
    id: 'drift/type-changed',
    severity: 'error',
    title: 'An application has another type than apps.yaml says',
    waivable: false,
    phase: 'drift',
    docs: 'type-changed.md',
    reportedBy: drift,
  }),
  defineRule({
    id: 'drift/cluster-added',
    severity: 'error',
    title: 'A cluster runs that clusters.yaml lacks',
    waivable: false,
    phase: 'drift',
    docs: 'cluster-added.md',
    reportedBy: drift,
  }),
  defineRule({
    id: 'drift/cluster-removed',
    severity: 'error',
    title: 'A cluster in apps.yaml is gone from the platform',
    waivable: false,
    phase: 'drift',
    docs: 'cluster-removed.md',
    reportedBy: drift,
  }),
] as const;
