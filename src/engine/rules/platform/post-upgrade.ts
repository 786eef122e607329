// platform/post-upgrade (SPEC §2 "Release notes with an action"): the tasks that fall due after the
// global tier moves into a release from below it (journey.ts works out which and when).
import { defineRule } from '../rule.js';
import { capitalize } from '../text.js';

export const postUpgrade = defineRule({
  id: 'platform/post-upgrade',
  severity: 'notice',
  title: 'A task to do after the upgrade',
  waivable: true,
  phase: 'plan',
  docs: 'post-upgrade.md',
  check: {
    plan({ journey }, out) {
      for (const task of journey.tasks) {
        out.report(`${capitalize(task.text)}.`, task.at, { step: task.step });
      }
    },
  },
});
