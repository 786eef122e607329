// packages/type-mismatch: packages.yaml and apps.yaml (violet's own export, which decides the push
// command) agree on an application's type.
import { defineRule } from '../rule.js';

export const typeMismatch = defineRule({
  id: 'packages/type-mismatch',
  severity: 'error',
  title: 'packages.yaml gives an application another type than apps.yaml',
  waivable: true,
  phase: 'packages',
  docs: 'type-mismatch.md',
  check: {
    packages({ downloads }, out) {
      for (const { spec, app } of downloads.packages) {
        if (!app || spec.type === app.type) continue;
        out.report(
          `packages.yaml gives ${spec.name} the type ${spec.type}, but apps.yaml (violet's own export) says ${app.type}; the commands follow apps.yaml (${pushOf(app.type)}): write "type: ${app.type}" here`,
          spec.typeAt,
          { package: spec.name },
        );
      }
    },
  },
});

function pushOf(type: string): string {
  if (type === 'OperatorBundle')
    return 'an operator is pushed to global and to every workload that runs it, with --clusters';
  if (type === 'Chart') return 'a chart goes to public-charts, without --clusters';
  return 'a cluster plugin is pushed once, without --clusters';
}
