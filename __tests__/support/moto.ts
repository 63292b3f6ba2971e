import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startProxy } from './proxy.js';

declare module 'vitest' {
  export interface ProvidedContext {
    motoUrl: string;
    /** The Lambda-preconditions proxy in front of motoUrl: where the action under test is pointed by default. */
    actionUrl: string;
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, child: ChildProcess, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/moto-api/`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`moto_server did not answer at ${url} within ${seconds} s`);
}

export interface Moto {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts moto_server on a free loopback port. Missing moto is an error, never a skip. `invokeWithoutDocker` makes
 * Invoke answer with its payload instead of starting a container; moto 5.2 then refuses every layer ARN in
 * CreateFunction and UpdateFunctionConfiguration, so only suites that invoke and attach no layer ask for it.
 */
export async function startMoto(options: { invokeWithoutDocker?: boolean } = {}): Promise<Moto> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  // moto logs every request to stderr: an unread pipe fills up and freezes it, so read it, keeping the tail for errors.
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  await new Promise<void>((resolve, reject) => {
    child.once('error', (error) =>
      reject(new Error(`cannot start moto_server (${error.message}): install it with pip install "moto[server]"`)),
    );
    waitUntilUp(url, child, 30).then(resolve, (error: Error) => reject(new Error(`${error.message}\n${log}`)));
  });
  if (options.invokeWithoutDocker) {
    await fetch(`${url}/moto-api/config`, { method: 'POST', body: JSON.stringify({ lambda: { use_docker: false } }) });
  }
  return {
    url,
    stop: () =>
      child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill();
          }),
  };
}

/**
 * One moto_server for the whole run, shared by every suite, and one proxy in front of it that enforces Lambda's
 * preconditions: the action runs against that, fixtures write to moto directly (as someone outside the action would).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const moto = await startMoto();
  const preconditions = await startProxy(moto.url);
  project.provide('motoUrl', moto.url);
  project.provide('actionUrl', preconditions.url);
  return async () => {
    await preconditions.close();
    await moto.stop();
  };
}
