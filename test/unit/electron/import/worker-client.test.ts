// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeWorkerClient } from '../../../../electron/import/worker-client';
import { fakeWorkerProcess, type WorkerBehaviour } from './fake-worker';

function fixture(path: string) {
  return {
    fileName: path.split('/').pop()!,
    bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/import/${path}`, import.meta.url))),
  };
}

function clientWith(behaviours: WorkerBehaviour[], timeoutMs = 5_000) {
  const forks: ReturnType<typeof fakeWorkerProcess>[] = [];
  const client = makeWorkerClient(() => {
    const child = fakeWorkerProcess(() => behaviours.shift() ?? 'real');
    forks.push(child);
    return child;
  }, timeoutMs);
  return { client, forks };
}

describe('worker client', () => {
  it('parses real files in the worker code: a hostile page becomes plain text, a CSV a preview', async () => {
    const { client, forks } = clientWith([]);
    const page = await client.parse(fixture('html/hostile-alibaba-page.html'));
    const csv = await client.parse(fixture('csv/comdirect-AHLA-Frankfurt.csv'));
    expect(page.kind === 'article' && page.article.title).toBe(
      'Alibaba-Quartalszahlen: Was Anleger jetzt wissen müssen',
    );
    const text = page.kind === 'article' ? page.article.blocks.map((block) => block.text).join('\n') : '';
    expect(text).not.toMatch(/<script|onerror|javascript:|evil\.example/iu);
    expect(csv.kind === 'price-csv' && csv.preview.stats.barsKept).toBe(40);
    expect(forks).toHaveLength(1);
  });

  it('reports a crash for that file only and starts a fresh worker for the next one', async () => {
    const { client, forks } = clientWith(['crash']);
    const crashed = await client.parse(fixture('txt/windows-1252.txt'));
    const next = await client.parse(fixture('txt/windows-1252.txt'));
    expect(crashed).toMatchObject({ kind: 'rejected', rejection: { code: 'worker-failed' } });
    expect(next.kind).toBe('article');
    expect(forks).toHaveLength(2);
  });

  it('does not trust a forged answer and kills the worker that sent it', async () => {
    const { client, forks } = clientWith(['forge']);
    const forged = await client.parse(fixture('txt/windows-1252.txt'));
    expect(forged).toMatchObject({ kind: 'rejected', rejection: { code: 'worker-failed' } });
    expect(forks[0]!.isKilled()).toBe(true);
  });

  it('refuses an answer longer than the limit before parsing it, names the file, and restarts the worker', async () => {
    const { client, forks } = clientWith(['flood']);
    const flooded = await client.parse(fixture('txt/windows-1252.txt'));
    expect(flooded).toMatchObject({
      kind: 'rejected',
      fileName: 'windows-1252.txt',
      rejection: { code: 'answer-too-large', values: { fileName: 'windows-1252.txt' } },
    });
    expect(forks[0]!.isKilled()).toBe(true);
    expect((await client.parse(fixture('txt/windows-1252.txt'))).kind).toBe('article');
  });

  it('gives up on a hanging worker after the time limit and kills it', async () => {
    const { client, forks } = clientWith(['hang'], 50);
    const hung = await client.parse(fixture('txt/windows-1252.txt'));
    expect(hung).toMatchObject({ kind: 'rejected', rejection: { code: 'timeout' } });
    expect(forks[0]!.isKilled()).toBe(true);
    expect((await client.parse(fixture('txt/windows-1252.txt'))).kind).toBe('article');
  });
});
