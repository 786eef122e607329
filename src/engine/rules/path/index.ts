// path/*: is each move a supported upgrade edge, are its prerequisites met, does anything go
// down, and does the global tier reach the target.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { downgrade } from './downgrade.js';
import { edgePrerequisite } from './edge-prerequisite.js';
import { kubernetesPrerequisite } from './kubernetes-prerequisite.js';
import { noOpStep } from './no-op-step.js';
import { sourcePatch } from './source-patch.js';
import { targetNotReached } from './target-not-reached.js';
import { unsupported } from './unsupported.js';
import { noKubernetesMatrix } from './no-kubernetes-matrix.js';

export const PATH_RULES = [
  unsupported,
  kubernetesPrerequisite,
  sourcePatch,
  edgePrerequisite,
  noOpStep,
  downgrade,
  targetNotReached,
  noKubernetesMatrix,
] as const;
