// packages/incompatible: a package's acpVersions names a release the plan moves to.
import { defineRule } from '../rule.js';

export const incompatible = defineRule({
  id: 'packages/incompatible',
  severity: 'error',
  title: 'A package excludes the target release',
  waivable: true,
  phase: 'packages',
  docs: 'incompatible.md',
  check: {
    packages({ downloads, target }, out) {
      const releases = downloads.hops.map((h) => h.version.text);
      for (const info of downloads.packages) {
        if (!info.incompatible) continue;
        const { spec } = info;
        const wanted =
          releases.length > 1
            ? `none of the releases the plan moves to (${releases.join(', ')}); download the version for the hop it should serve`
            : `not the target ${target ?? releases[0]}; download a version compatible with ${target ?? releases[0]}`;
        out.report(
          `the ${spec.name} package ${spec.version} lists ACP ${spec.acpVersions!.map((v) => v.text).join(', ')}, ${wanted}`,
          spec.acpVersionsAt ?? spec.at,
          { package: spec.name },
        );
      }
    },
  },
});
