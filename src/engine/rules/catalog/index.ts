// catalog/*: the facts the plan is judged by. catalog/catalog.ts reports an entry of catalog.yaml
// that replaces a built-in one while it builds the catalog; the workflow's catalog-overrides input
// decides how much that weighs, never a waiver.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { defineRule } from '../rule.js';

export const CATALOG_RULES = [
  defineRule({
    id: 'catalog/override',
    severity: 'warning',
    title: 'catalog.yaml replaces a built-in release, upgrade path or package rule',
    waivable: false,
    phase: 'input',
    alsoReports: [{ severity: 'error' }],
    docs: 'override.md',
    reportedBy: 'the catalog, while it merges catalog.yaml into the built-in one',
  }),
] as const;
