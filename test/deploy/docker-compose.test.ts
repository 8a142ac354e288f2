import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** No Docker engine runs here, so the deployment file is checked by reading it. */
interface Service {
  image?: string;
  build?: string;
  command?: string[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}
const compose = parse(readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const { services } = compose;

describe('docker-compose.yml', () => {
  it('runs MongoDB 7 and Redis 7 with persistent volumes', () => {
    expect(services.mongo?.image).toMatch(/^mongo:7(\.|$)/);
    expect(services.redis?.image).toMatch(/^redis:7(\.|$)/);
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['mongo-data', 'redis-data']));
  });

  it('turns AOF on and never evicts keys in Redis (BullMQ needs every key)', () => {
    const command = services.redis!.command!.join(' ');
    expect(command).toMatch(/--appendonly yes/);
    expect(command).toMatch(/--maxmemory-policy noeviction/);
  });

  it('runs the server and the workers from the app image against those services', () => {
    for (const name of ['app', 'worker']) {
      const service = services[name]!;
      expect(service.build, name).toBe('.');
      expect(service.environment?.MONGODB_URI, name).toBe('mongodb://mongo:27017');
      expect(service.environment?.REDIS_URL, name).toBe('redis://redis:6379');
      expect(service.depends_on?.mongo?.condition, name).toBe('service_healthy');
      expect(service.depends_on?.redis?.condition, name).toBe('service_healthy');
    }
    expect(services.app!.environment!.ROLE).toBe('server');
    expect(services.worker!.environment!.ROLE).toBe('worker');
    expect(services.app!.healthcheck!.test.join(' ')).toContain('/readyz');
  });
});
