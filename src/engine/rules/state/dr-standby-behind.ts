// state/dr-standby-behind (ACP-FACTS ordering rule 3): the standby is never behind the primary (a
// standby ahead is an upgrade being resumed).
import { compareVersions } from '../../versions.js';
import { defineRule } from '../rule.js';

export const drStandbyBehind = defineRule({
  id: 'state/dr-standby-behind',
  severity: 'error',
  title: 'The DR standby starts behind the primary',
  waivable: false,
  phase: 'state',
  docs: 'dr-standby-behind.md',
  check: {
    state({ platform }, out) {
      const global = platform.global.spec;
      const standby = platform.standby?.spec;
      if (!standby || compareVersions(standby.version, global.version) >= 0) return;
      out.report(
        `the DR standby ${standby.name} is on ${standby.version.text}, behind the primary ${global.name} on ${global.version.text}; the standby is upgraded before the primary, so check ${standby.name}'s version in clusters.yaml, or bring the standby to ${global.version.text} before planning the next upgrade`,
        standby.versionAt,
        { cluster: standby.name },
      );
    },
  },
});
