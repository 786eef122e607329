// input/*: the inventory files themselves. The loaders report these while they read the files
// (io, yaml.ts, inventory/load.ts, inventory/validate.ts); nothing else is checked in a file that
// does not load, and none of them can be waived.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { defineRule } from '../rule.js';

const loaders = 'the loaders, while they read the inventory files';

export const INPUT_RULES = [
  defineRule({
    id: 'input/yaml-syntax',
    severity: 'error',
    title: 'A file is not valid YAML',
    waivable: false,
    phase: 'input',
    docs: 'yaml-syntax.md',
    reportedBy: loaders,
  }),
  defineRule({
    id: 'input/schema',
    severity: 'error',
    title: 'A value has the wrong type or an unknown key',
    waivable: false,
    phase: 'input',
    docs: 'schema.md',
    reportedBy: loaders,
  }),
  defineRule({
    id: 'input/missing-file',
    severity: 'error',
    title: 'A required inventory file is absent',
    waivable: false,
    phase: 'input',
    docs: 'missing-file.md',
    reportedBy: loaders,
  }),
  defineRule({
    id: 'input/unknown-cluster',
    severity: 'error',
    title: 'A cluster name that clusters.yaml lacks',
    waivable: false,
    phase: 'input',
    docs: 'unknown-cluster.md',
    reportedBy: loaders,
  }),
  defineRule({
    id: 'input/unknown-version',
    severity: 'error',
    title: 'A version the release catalog does not know',
    waivable: false,
    phase: 'input',
    docs: 'unknown-version.md',
    reportedBy: loaders,
  }),
  defineRule({
    id: 'input/duplicate',
    severity: 'error',
    title: 'A cluster, package or key listed twice',
    waivable: false,
    phase: 'input',
    docs: 'duplicate.md',
    reportedBy: loaders,
  }),
] as const;
