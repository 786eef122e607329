// order/*: the global tier before workloads, the DR standby before the primary, workloads'
// Kubernetes inside what the global's next release accepts, Kubernetes with Core.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { drStandbyFirst } from './dr-standby-first.js';
import { globalFirst } from './global-first.js';
import { immutableMultiMinor } from './immutable-multi-minor.js';
import { kubernetesStep } from './kubernetes-step.js';
import { kubernetesWithCore } from './kubernetes-with-core.js';
import { workloadKubernetes } from './workload-kubernetes.js';
import { workloadLeftBehind } from './workload-left-behind.js';
import { workloadTarget } from './workload-target.js';

export const ORDER_RULES = [
  globalFirst,
  workloadTarget,
  drStandbyFirst,
  workloadKubernetes,
  workloadLeftBehind,
  kubernetesStep,
  kubernetesWithCore,
  immutableMultiMinor,
] as const;
