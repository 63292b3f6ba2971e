// Helpers that register vitest hooks, apart from the other support modules, which the bench also imports.
import { afterEach, inject } from 'vitest';
import { clients, type TestClients } from './fixtures.js';
import { startProxy, type FaultProxy, type Faults } from './proxy.js';

/**
 * The shared moto_server started by the global setup, SDK clients pointed at it, and `endpoint`, the proxy in front
 * of it that enforces Lambda's preconditions, where the action runs.
 */
export function sharedMoto(): { moto: string; endpoint: string; c: TestClients } {
  const moto = inject('motoUrl');
  return { moto, endpoint: inject('actionUrl'), c: clients(moto) };
}

/** Starts fault proxies, in front of `upstream` unless told otherwise; each is closed after the test that started it. */
export function proxyFactory(upstream: string): (faults: Faults, other?: string) => Promise<FaultProxy> {
  const open: FaultProxy[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((proxy) => proxy.close()));
  });
  return async (faults, other = upstream) => {
    const started = await startProxy(other, faults);
    open.push(started);
    return started;
  };
}
