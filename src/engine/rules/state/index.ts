// state/*: the platform as clusters.yaml describes it, before any step. A state no upgrade
// procedure leads to means clusters.yaml is wrong, or the platform needs repair before a plan.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { drStandbyBehind } from './dr-standby-behind.js';
import { kubernetesUnsupported } from './kubernetes-unsupported.js';
import { workloadAhead } from './workload-ahead.js';

export const STATE_RULES = [workloadAhead, drStandbyBehind, kubernetesUnsupported] as const;
