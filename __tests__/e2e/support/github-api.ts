// A loopback GitHub REST API for the action's end-to-end tests: a node:http server on 127.0.0.1
// that keeps issue comments, issues (with labels), pull requests and the files of commits in
// memory and implements the endpoints the action calls (REST, and GraphQL's `viewer`; a commit's
// folders through the git trees API, with each entry's mode), with failure injection, hostile
// behaviours (an API that never answers, endless pages) and a log of every request. The action's
// real Octokit talks real HTTP to it.
import { createHash } from 'node:crypto';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Comment {
  id: number;
  issueNumber: number;
  body: string;
  user: string;
}

export interface Issue {
  number: number;
  /** Who opened it. */
  user?: string;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason?: string;
  labels: string[];
  /** Pull requests are issues too (they share numbers and comments). */
  pullRequest?: { headLabel: string; headSha: string };
}

export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  /** The Authorization header as received (tests check it carries the token, and only here). */
  authorization: string | undefined;
  status: number;
}

/** A scripted failure: answers `times` matching requests with `status` before serving again. */
export interface Fault {
  status: number;
  times: number;
  /** Only requests that change something (POST, PATCH, PUT, DELETE). */
  writesOnly?: boolean;
  message?: string;
  headers?: Record<string, string>;
}

/**
 * Whose token the server was started with. GraphQL `viewer` answers for every kind; REST
 * `GET /user` only for a user's token (an installation token, GITHUB_TOKEN included, gets 403).
 */
export interface TokenOwner {
  login: string;
  kind: 'installation' | 'user';
}

export const GITHUB_ACTIONS_BOT: TokenOwner = {
  login: 'github-actions[bot]',
  kind: 'installation',
};

/**
 * An entry of a commit: a regular file's text (mode 100644), or an executable file, a symbolic
 * link (its target is the blob's text) or a submodule (a gitlink: its id is whatever commit the
 * pull request names, any 40 hex digits).
 */
export type CommitEntry =
  | string
  | { mode: '100755'; text: string }
  | { mode: '120000'; target: string }
  | { mode: '160000'; commit: string };

export interface FakeGitHub {
  /** The base URL, for GITHUB_API_URL. */
  url: string;
  owner: string;
  repo: string;
  comments: Comment[];
  issues: Issue[];
  log: LoggedRequest[];
  addPullRequest(pr: { number: number; headLabel: string; headSha: string }): void;
  addComment(issueNumber: number, body: string, user?: string): Comment;
  /**
   * The files of a commit (path -> text, or another kind of entry), for the git trees API and
   * the contents API.
   */
  addCommit(sha: string, files: Record<string, CommitEntry>): void;
  /** Accept requests and never answer them (from now on). */
  hang(): void;
  /** Answer every comment listing with a full page of other people's comments and a next link. */
  endlessComments(): void;
  /** Hold the next `count` comment listings until all `count` have arrived (a race, on purpose). */
  holdCommentListings(count: number): void;
  /** Called with every request as it arrives, before it is answered. */
  onRequest?: (method: string, path: string) => void;
  /** Queue a failure; faults apply in the order they were added. */
  fail(fault: Fault): void;
  /** GitHub's answers to an exceeded rate limit, with the headers it sends. */
  rateLimit(kind: 'primary' | 'secondary', retryAfterSeconds: number, times?: number): void;
  /** Comments of one issue, oldest first. */
  commentsOn(issueNumber: number): Comment[];
  close(): Promise<void>;
}

export async function startFakeGitHub(options: {
  token: string;
  repository?: string;
  owner?: TokenOwner;
  /** GraphQL unavailable (404), as behind a proxy that only passes REST. */
  noGraphql?: boolean;
}): Promise<FakeGitHub> {
  const tokenOwner = options.owner ?? GITHUB_ACTIONS_BOT;
  const commits = new Map<string, Map<string, CommitEntry>>();
  /** The ids of the commits' folders (trees): id -> commit and folder path ('' for the root). */
  const trees = new Map<string, { commit: string; path: string }>();
  let hanging = false;
  let endless = false;
  let held: { count: number; waiting: (() => void)[] } | undefined;
  const [owner, repo] = (options.repository ?? 'acme/platform').split('/') as [string, string];
  const comments: Comment[] = [];
  const issues: Issue[] = [];
  const log: LoggedRequest[] = [];
  const faults: Fault[] = [];
  let nextCommentId = 1000;
  let nextIssueNumber = 1;

  const base = () => `https://github.com/${owner}/${repo}`;
  const commentJson = (c: Comment) => ({
    id: c.id,
    body: c.body,
    user: { login: c.user, type: c.user.endsWith('[bot]') ? 'Bot' : 'User' },
    html_url: `${base()}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${server.url}/repos/${owner}/${repo}/issues/${c.issueNumber}`,
  });
  const issueJson = (i: Issue) => ({
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    state_reason: i.stateReason ?? null,
    labels: i.labels.map((name) => ({ name })),
    user: { login: i.user ?? tokenOwner.login },
    html_url: `${base()}/${i.pullRequest ? 'pull' : 'issues'}/${i.number}`,
    ...(i.pullRequest && { pull_request: { url: `${server.url}/pulls/${i.number}` } }),
  });
  const findIssue = (n: string | undefined) => issues.find((i) => String(i.number) === n);

  type Handler = (
    params: string[],
    query: Record<string, string>,
    body: Record<string, unknown>,
  ) => [number, unknown, Record<string, string>?];
  const routes: [string, RegExp, Handler][] = [
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      ([n], query) => {
        if (!findIssue(n)) return notFound();
        if (endless) {
          const page = Number(query.page ?? 1) || 1;
          const filler = Array.from({ length: 100 }, (_, i) =>
            commentJson({
              id: page * 1000 + i,
              issueNumber: Number(n),
              body: 'lgtm',
              user: 'octocat',
            }),
          );
          const next = new URLSearchParams({ ...query, page: String(page + 1) });
          const link = `<${server.url}/repos/${owner}/${repo}/issues/${n}/comments?${next}>; rel="next"`;
          return [200, filler, { link }];
        }
        return paginate(
          comments.filter((c) => String(c.issueNumber) === n).map(commentJson),
          query,
          `/repos/${owner}/${repo}/issues/${n}/comments`,
        );
      },
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/,
      ([n], _query, body) => {
        const issue = findIssue(n);
        if (!issue) return notFound();
        if (typeof body.body !== 'string') return invalid('body');
        return [201, commentJson(add(issue.number, body.body, tokenOwner.login))];
      },
    ],
    [
      'PATCH',
      /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
      ([id], _query, body) => {
        const comment = comments.find((c) => String(c.id) === id);
        if (!comment) return notFound();
        if (typeof body.body !== 'string') return invalid('body');
        comment.body = body.body;
        return [200, commentJson(comment)];
      },
    ],
    [
      'DELETE',
      /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/,
      ([id]) => {
        const at = comments.findIndex((c) => String(c.id) === id);
        if (at < 0) return notFound();
        comments.splice(at, 1);
        return [204, null];
      },
    ],
    [
      'POST',
      /^\/graphql$/,
      (_params, _query, body) => {
        if (options.noGraphql) return notFound();
        if (!/viewer\s*\{\s*login/.test(String(body.query))) {
          return [200, { errors: [{ message: 'this fake knows only viewer { login }' }] }];
        }
        return [200, { data: { viewer: { login: tokenOwner.login } } }];
      },
    ],
    [
      'GET',
      /^\/user$/,
      () =>
        tokenOwner.kind === 'user'
          ? [200, { login: tokenOwner.login, id: 1, type: 'User' }]
          : [403, { message: 'Resource not accessible by integration', status: '403' }],
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/git\/trees\/([^/]+)$/,
      ([sha = ''], query) => {
        // A commit's id names its root tree, as on GitHub; a folder's tree has its own id.
        const tree = commits.has(sha) ? { commit: sha, path: '' } : trees.get(sha);
        if (!tree) return notFound();
        const files = commits.get(tree.commit)!;
        const prefix = tree.path ? `${tree.path}/` : '';
        const recursive = query.recursive !== undefined && query.recursive !== '0';
        const entries = new Map<string, { mode: string; type: string; sha: string }>();
        for (const [file, entry] of files) {
          if (!file.startsWith(prefix)) continue;
          const parts = file.slice(prefix.length).split('/');
          for (let depth = 1; depth <= (recursive ? parts.length : 1); depth++) {
            const path = parts.slice(0, depth).join('/');
            if (entries.has(path)) continue;
            if (depth < parts.length) {
              const id = treeId(tree.commit, `${prefix}${path}`);
              trees.set(id, { commit: tree.commit, path: `${prefix}${path}` });
              entries.set(path, { mode: '040000', type: 'tree', sha: id });
            } else {
              entries.set(path, treeEntry(entry));
            }
          }
        }
        return [
          200,
          {
            sha,
            url: `${server.url}/repos/${owner}/${repo}/git/trees/${sha}`,
            tree: [...entries]
              .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
              .map(([path, entry]) => ({ path, ...entry })),
            truncated: false,
          },
        ];
      },
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/contents(?:\/(.*))?$/,
      ([path = ''], query) => {
        const files = commits.get(query.ref ?? '');
        if (!files) return [404, { message: `No commit found for the ref ${query.ref}` }];
        const folder = decodeURIComponent(path).replace(/\/+$/, '');
        const prefix = folder ? `${folder}/` : '';
        const names = new Map<string, { type: string; sha: string }>();
        for (const [file, entry] of files) {
          if (!file.startsWith(prefix)) continue;
          const [name, ...deeper] = file.slice(prefix.length).split('/');
          names.set(
            name!,
            deeper.length ? { type: 'dir', sha: 'f'.repeat(40) } : contentsEntry(entry),
          );
        }
        if (names.size === 0) {
          const entry = files.get(folder);
          if (entry === undefined) return notFound();
          return [200, { name: folder.split('/').pop(), path: folder, ...contentsEntry(entry) }];
        }
        return [
          200,
          [...names].map(([name, entry]) => ({ name, path: `${prefix}${name}`, ...entry })),
        ];
      },
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/issues$/,
      (_params, query) => {
        const state = query.state ?? 'open';
        const labels = query.labels ? query.labels.split(',') : [];
        const list = issues
          .filter((i) => state === 'all' || i.state === state)
          .filter((i) => labels.every((l) => i.labels.includes(l)))
          .sort((a, b) => b.number - a.number)
          .map(issueJson);
        return paginate(list, query, `/repos/${owner}/${repo}/issues`);
      },
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/issues$/,
      (_params, _query, body) => {
        if (typeof body.title !== 'string' || !body.title) return invalid('title');
        const issue: Issue = {
          number: nextIssueNumber++,
          title: body.title,
          body: typeof body.body === 'string' ? body.body : '',
          state: 'open',
          labels: Array.isArray(body.labels) ? body.labels.map(String) : [],
          user: tokenOwner.login,
        };
        issues.push(issue);
        return [201, issueJson(issue)];
      },
    ],
    [
      'PATCH',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)$/,
      ([n], _query, body) => {
        const issue = findIssue(n);
        if (!issue) return notFound();
        if (typeof body.title === 'string') issue.title = body.title;
        if (typeof body.body === 'string') issue.body = body.body;
        if (body.state === 'open' || body.state === 'closed') issue.state = body.state;
        if (typeof body.state_reason === 'string') issue.stateReason = body.state_reason;
        return [200, issueJson(issue)];
      },
    ],
    [
      'POST',
      /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/labels$/,
      ([n], _query, body) => {
        const issue = findIssue(n);
        if (!issue) return notFound();
        if (!Array.isArray(body.labels)) return invalid('labels');
        for (const label of body.labels.map(String)) {
          if (!issue.labels.includes(label)) issue.labels.push(label);
        }
        return [200, issue.labels.map((name) => ({ name }))];
      },
    ],
    [
      'GET',
      /^\/repos\/[^/]+\/[^/]+\/pulls$/,
      (_params, query) => {
        const list = issues
          .filter((i) => i.pullRequest && (query.state ?? 'open') === i.state)
          .filter((i) => !query.head || i.pullRequest!.headLabel === query.head)
          .map((i) => ({
            number: i.number,
            state: i.state,
            head: { label: i.pullRequest!.headLabel, sha: i.pullRequest!.headSha },
          }));
        return paginate(list, query, `/repos/${owner}/${repo}/pulls`);
      },
    ],
  ];

  function add(issueNumber: number, body: string, user: string): Comment {
    const comment = { id: nextCommentId++, issueNumber, body, user };
    comments.push(comment);
    return comment;
  }

  function paginate(
    list: unknown[],
    query: Record<string, string>,
    path: string,
  ): [number, unknown, Record<string, string>] {
    const perPage = Math.min(Number(query.per_page ?? 30) || 30, 100);
    const page = Math.max(Number(query.page ?? 1) || 1, 1);
    const last = Math.max(Math.ceil(list.length / perPage), 1);
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URLSearchParams({ ...query, page: String(page + 1) });
      headers.link = `<${server.url}${path}?${next}>; rel="next"`;
    }
    return [200, list.slice((page - 1) * perPage, page * perPage), headers];
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const text = await readBody(req);
    let body: Record<string, unknown> = {};
    try {
      body = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      body = {};
    }
    const method = req.method ?? 'GET';
    const authorization = req.headers.authorization;
    server.onRequest?.(method, url.pathname);
    if (hanging) {
      log.push({ method, path: url.pathname, query, body, authorization, status: 0 });
      return; // accepted, never answered
    }
    if (held && method === 'GET' && /\/issues\/\d+\/comments$/.test(url.pathname)) {
      const hold = held;
      await new Promise<void>((resolve) => {
        hold.waiting.push(resolve);
        if (hold.waiting.length >= hold.count) {
          held = undefined;
          for (const go of hold.waiting) go();
        }
      });
    }
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      log.push({ method, path: url.pathname, query, body, authorization, status });
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
      res.end(status === 204 ? undefined : JSON.stringify(json));
    };

    if (authorization !== `token ${options.token}`) {
      answer(401, { message: 'Bad credentials', status: '401' });
      return;
    }
    // A GraphQL query is a POST that changes nothing.
    const isWrite = method !== 'GET' && method !== 'HEAD' && url.pathname !== '/graphql';
    const fault = faults.find((f) => f.times > 0 && (!f.writesOnly || isWrite));
    if (fault) {
      fault.times--;
      answer(
        fault.status,
        { message: fault.message ?? 'Server Error', status: String(fault.status) },
        fault.headers,
      );
      return;
    }
    for (const [routeMethod, pattern, handler] of routes) {
      const match = routeMethod === method ? pattern.exec(url.pathname) : null;
      if (!match) continue;
      const [status, json, headers] = handler(match.slice(1), query, body);
      answer(status, json, headers);
      return;
    }
    answer(404, { message: 'Not Found', status: '404' });
  }

  const http = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;

  const server: FakeGitHub = {
    url: `http://127.0.0.1:${port}`,
    owner,
    repo,
    comments,
    issues,
    log,
    addPullRequest({ number, headLabel, headSha }) {
      issues.push({
        number,
        title: `PR ${number}`,
        body: '',
        state: 'open',
        labels: [],
        pullRequest: { headLabel, headSha },
      });
      nextIssueNumber = Math.max(nextIssueNumber, number + 1);
    },
    addComment: (issueNumber, body, user = 'octocat') => add(issueNumber, body, user),
    addCommit(sha, files) {
      commits.set(sha, new Map(Object.entries(files)));
    },
    hang() {
      hanging = true;
    },
    endlessComments() {
      endless = true;
    },
    holdCommentListings(count) {
      const hold = { count, waiting: [] as (() => void)[] };
      held = hold;
      // Never hold for long: a run that lists only once must not wait for a second one.
      setTimeout(() => {
        if (held === hold) held = undefined;
        for (const go of hold.waiting) go();
      }, 5000).unref();
    },
    fail: (fault) => faults.push({ ...fault }),
    rateLimit(kind, retryAfterSeconds, times = 1) {
      const reset = Math.ceil(Date.now() / 1000) + retryAfterSeconds;
      faults.push(
        kind === 'secondary'
          ? {
              status: 403,
              times,
              message:
                'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
              headers: { 'retry-after': String(retryAfterSeconds) },
            }
          : {
              status: 403,
              times,
              message: `API rate limit exceeded for installation ID 1.`,
              headers: {
                'x-ratelimit-limit': '1000',
                'x-ratelimit-remaining': '0',
                'x-ratelimit-used': '1000',
                'x-ratelimit-reset': String(reset),
              },
            },
      );
    },
    commentsOn: (issueNumber) => comments.filter((c) => c.issueNumber === issueNumber),
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => (error ? reject(error) : resolve()));
      }),
  };
  return server;
}

/** git's id of a blob holding `text`. */
function blobId(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** A made-up id for a folder of a commit (the fake keeps no tree objects). */
function treeId(commit: string, path: string): string {
  return createHash('sha1').update(`tree ${commit}:${path}`).digest('hex');
}

/** An entry of a git tree: its mode, its type and its id. */
function treeEntry(entry: CommitEntry): { mode: string; type: string; sha: string } {
  if (typeof entry === 'string') return { mode: '100644', type: 'blob', sha: blobId(entry) };
  switch (entry.mode) {
    case '100755':
      return { mode: entry.mode, type: 'blob', sha: blobId(entry.text) };
    case '120000':
      return { mode: entry.mode, type: 'blob', sha: blobId(entry.target) };
    case '160000':
      return { mode: entry.mode, type: 'commit', sha: entry.commit };
  }
}

/**
 * An entry of a contents listing, as GitHub gives it: a submodule is listed as a file (GitHub
 * keeps that for backwards compatibility) whose sha is the submodule's commit id.
 */
function contentsEntry(entry: CommitEntry): { type: string; sha: string; size: number } {
  const { mode, sha } = treeEntry(entry);
  const size = typeof entry === 'string' ? Buffer.byteLength(entry, 'utf8') : 0;
  return { type: mode === '120000' ? 'symlink' : 'file', sha, size };
}

function notFound(): [number, unknown] {
  return [404, { message: 'Not Found', status: '404' }];
}

function invalid(field: string): [number, unknown] {
  return [422, { message: 'Validation Failed', errors: [{ field, code: 'missing_field' }] }];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
