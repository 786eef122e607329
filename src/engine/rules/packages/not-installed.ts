// packages/not-installed: a package for an application that apps.yaml lists on no cluster and
// that no package rule asks for. It is still pushed (to the global tier only): SPEC §1 lists
// packages for applications to install later; a typo of an installed name is the usual cause.
import { suggest } from '../../../did-you-mean.js';
import { defineRule } from '../rule.js';

export const notInstalled = defineRule({
  id: 'packages/not-installed',
  severity: 'notice',
  title: 'A package for an application installed nowhere',
  waivable: true,
  phase: 'packages',
  docs: 'not-installed.md',
  check: {
    packages({ downloads, apps }, out) {
      let installed: string[] | undefined;
      for (const { spec, app } of downloads.packages) {
        if (app && app.installed.length > 0) continue;
        const asked = downloads.list.some(
          (d) =>
            d.kind === 'package' &&
            d.spec === spec &&
            d.reasons.some((r) => r !== 'installed' && r !== 'listed'),
        );
        if (asked) continue;
        installed ??= apps.list.filter((a) => a.installed.length > 0).map((a) => a.name);
        const hint = suggest(spec.name, installed);
        const where = app ? 'apps.yaml lists it on no cluster' : 'apps.yaml does not list it';
        const meant = hint
          ? `; did you mean "${hint}" (installed on ${apps.byName
              .get(hint)!
              .installed.map((i) => i.cluster)
              .join(', ')})? Rename it so the package serves that application`
          : '; if it is for an application to install after the upgrade, nothing is wrong; otherwise remove it';
        out.report(
          `the ${spec.name} package is in packages.yaml, but ${where}${meant}. It is pushed as listed, to the global tier only`,
          spec.at,
          { package: spec.name },
        );
      }
    },
  },
});
