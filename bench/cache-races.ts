// The cache's caps under racing writers (issue 13, finding 2), on fake-indexeddb: how many entries a full
// cache keeps after 50 concurrent puts, and how many of other sites' entries survive one site writing 700
// pages, ten at a time. Prints figures, asserts nothing (tests/db/eviction.test.ts holds the bars).
// Run: npx tsx bench/cache-races.ts

import 'fake-indexeddb/auto';
import { MAX_ENTRIES, SummaryCache } from '../db/cache';
import { analyze } from '../rules/engine';

const summary = analyze(
  'Privacy Policy\nWe collect your email address. We do not sell your personal information to anyone. ' +
    'You can delete your account at any time from the settings page of the service.',
  { title: 'Privacy Policy' },
);

async function fullCachePlusConcurrent(): Promise<void> {
  const cache = await SummaryCache.open({ name: 'bench-full' });
  for (let n = 0; n < MAX_ENTRIES; n++) await cache.put(`https://site${n % 50}.example/p${n}`, 'h', summary);
  const before = await cache.count();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: 50 }, (_, n) => cache.put(`https://new${n}.example/`, 'h', summary)),
  );
  const ms = performance.now() - t0;
  console.log(
    `full cache (${before}) + 50 concurrent puts: ${await cache.count()} entries left (max ${MAX_ENTRIES}); ${ms.toFixed(0)} ms`,
  );
  cache.close();
}

async function oneSiteStorm(): Promise<void> {
  const cache = await SummaryCache.open({ name: 'bench-storm' });
  const others = Array.from({ length: 300 }, (_, n) => `https://other${n % 30}.example/p${n}`);
  for (const url of others) await cache.put(url, 'h', summary);
  const t0 = performance.now();
  for (let batch = 0; batch < 70; batch++) {
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        cache.put(`https://storm.example/p${batch * 10 + n}`, 'h', summary),
      ),
    );
  }
  const ms = performance.now() - t0;
  let kept = 0;
  for (const url of others) if (await cache.get(url)) kept++;
  const storm = (await cache.list()).filter((r) => r.url.startsWith('https://storm.example/')).length;
  console.log(
    `300 entries of 30 other sites, then 700 pages of one site: ${kept}/300 others kept, ${storm} of that site, ${await cache.count()} in all; ${ms.toFixed(0)} ms for the 700 puts`,
  );
  cache.close();
}

await fullCachePlusConcurrent();
await oneSiteStorm();
