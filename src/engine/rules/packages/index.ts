// packages/*: every download each hop needs is in packages.yaml and fits the journey, and what
// packages.yaml says agrees with violet's own export.
// The family's introduction in the rule reference is index.md; each rule's docs, <name>.md.
import { coreMissing } from './core-missing.js';
import { incompatible } from './incompatible.js';
import { logEssentials } from './log-essentials.js';
import { missing } from './missing.js';
import { mysqlPxc } from './mysql-pxc.js';
import { notAnUpgrade } from './not-an-upgrade.js';
import { notInstalled } from './not-installed.js';
import { olderThanInstalled } from './older-than-installed.js';
import { topolvmPrestage } from './topolvm-prestage.js';
import { typeMismatch } from './type-mismatch.js';
import { topolvmBackup } from './topolvm-backup.js';

export const PACKAGES_RULES = [
  coreMissing,
  missing,
  incompatible,
  olderThanInstalled,
  topolvmPrestage,
  logEssentials,
  typeMismatch,
  notAnUpgrade,
  notInstalled,
  mysqlPxc,
  topolvmBackup,
] as const;
