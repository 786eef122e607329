// The tool's version, as in package.json (a test keeps the two equal).
export const VERSION = '1.0.0';

/**
 * Where the project is published: the rule reference and the SARIF help links fall back to this
 * repository when the action cannot tell which repository and ref it runs from.
 */
export const REPOSITORY_URL = 'https://github.com/acp-upgrade-check/acp-upgrade-check';

/** The tool as the report names it (SPEC §4: the report names the tool's version). */
export const TOOL = { name: 'acp-upgrade-check', version: VERSION } as const;
