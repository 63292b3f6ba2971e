import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { JOB_TOKEN } from './action.js';

interface Comment {
  id: number;
  body: string;
}

/** An answer the stand-in gives instead of doing the request. */
interface Refusal {
  status: number;
  message: string;
  /** Only the writes (POST, PATCH) are refused: reading the comments still works. */
  writesOnly?: boolean;
}

export interface GithubApi {
  /** The API's base URL, with Enterprise Server's path: http://127.0.0.1:PORT/api/v3 */
  url: string;
  /** Every request, "METHOD /path?query" as it reached the server. */
  requests: string[];
  comments(pr: number): Comment[];
  /** Comments of other authors, already on the pull request. */
  seed(pr: number, bodies: string[]): void;
  refuse(refusal: Refusal | undefined): void;
  /** The environment of a run on a pull_request event for this pull request, the API at this stand-in. */
  pullRequestEnv(pr: number, event?: string): Record<string, string>;
  close(): Promise<void>;
}

const PREFIX = '/api/v3';
const OWNER_REPO = 'octo/app';

/**
 * A stand-in for the part of GitHub's REST API the action uses, under Enterprise Server's /api/v3 path: an issue's
 * comments listed in pages (per_page up to 100, with a Link header, as GitHub pages them), created and updated. It
 * knows the pull requests it was given comments for (seed) or an event for (pullRequestEnv); any other is 404. It
 * accepts only the job's token (JOB_TOKEN), as `token ...`.
 */
export async function startGithubApi(): Promise<GithubApi> {
  const byPr = new Map<number, Comment[]>();
  const requests: string[] = [];
  let nextId = 1000;
  let refusal: Refusal | undefined;

  const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(value));
  };
  const asJson = (comment: Comment) => ({
    ...comment,
    html_url: `https://github.example/${OWNER_REPO}/pull/1#issuecomment-${comment.id}`,
    user: { login: 'github-actions[bot]' },
  });

  const handle = async (req: IncomingMessage, res: ServerResponse, base: string) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const method = req.method ?? 'GET';
    requests.push(`${method} ${req.url ?? ''}`);
    const url = new URL(req.url ?? '/', base);
    if (req.headers.authorization !== `token ${JOB_TOKEN}`) return json(res, 401, { message: 'Bad credentials' });
    if (refusal && (!refusal.writesOnly || method !== 'GET')) return json(res, refusal.status, { message: refusal.message });
    if (!url.pathname.startsWith(`${PREFIX}/repos/${OWNER_REPO}/issues/`)) return json(res, 404, { message: 'Not Found' });
    const rest = url.pathname.slice(`${PREFIX}/repos/${OWNER_REPO}/issues/`.length);
    const list = /^(\d+)\/comments$/.exec(rest);
    const one = /^comments\/(\d+)$/.exec(rest);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString()) as { body: string }) : undefined;
    if (list) {
      const comments = byPr.get(Number(list[1]));
      if (!comments) return json(res, 404, { message: 'Not Found' });
      if (method === 'POST' && body) {
        const comment = { id: nextId++, body: body.body };
        comments.push(comment);
        return json(res, 201, asJson(comment));
      }
      const perPage = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      const page = Number(url.searchParams.get('page') ?? 1);
      const last = Math.max(1, Math.ceil(comments.length / perPage));
      const link = (n: number) => {
        const target = new URL(url);
        target.searchParams.set('page', String(n));
        return target.href;
      };
      const links = page < last ? { link: `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"` } : {};
      return json(res, 200, comments.slice((page - 1) * perPage, page * perPage).map(asJson), links);
    }
    if (one && method === 'PATCH' && body) {
      const comment = [...byPr.values()].flat().find((c) => c.id === Number(one[1]));
      if (!comment) return json(res, 404, { message: 'Not Found' });
      comment.body = body.body;
      return json(res, 200, asJson(comment));
    }
    return json(res, 404, { message: 'Not Found' });
  };

  let base = '';
  const server = createServer((req, res) => {
    handle(req, res, base).catch((error: unknown) => json(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  base = `http://127.0.0.1:${port}`;
  const known = (pr: number) => {
    if (!byPr.has(pr)) byPr.set(pr, []);
    return byPr.get(pr) ?? [];
  };
  return {
    url: `${base}${PREFIX}`,
    requests,
    comments: (pr) => byPr.get(pr) ?? [],
    seed: (pr, bodies) => known(pr).push(...bodies.map((body) => ({ id: nextId++, body }))),
    refuse: (next) => (refusal = next),
    pullRequestEnv: (pr, event = 'pull_request') => {
      known(pr);
      const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'event-')), 'event.json');
      writeFileSync(file, JSON.stringify({ number: pr, pull_request: { number: pr, head: { sha: 'feedface0123456789' } } }));
      return {
        GITHUB_EVENT_NAME: event,
        GITHUB_EVENT_PATH: file,
        GITHUB_API_URL: `${base}${PREFIX}`,
        GITHUB_WORKFLOW_REF: `${OWNER_REPO}/.github/workflows/deploy.yml@refs/pull/${pr}/merge`,
        GITHUB_JOB: 'deploy',
        GITHUB_ACTION: 'lambda',
      };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
