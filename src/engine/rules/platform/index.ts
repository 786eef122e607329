// platform/*: what the global tier needs before its upgrade, and what is left after it.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { minioSpace } from './minio-space.js';
import { nodeReadiness } from './node-readiness.js';
import { postUpgrade } from './post-upgrade.js';
import { releaseNote } from './release-note.js';

export const PLATFORM_RULES = [minioSpace, postUpgrade, nodeReadiness, releaseNote] as const;
