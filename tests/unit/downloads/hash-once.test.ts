import { describe, expect, it } from 'vitest';
import { hashSha256, memoHashSha256, writeSha256Sums, type HashBody } from '../../../src/lib/downloads/checksums.ts';
import { writeDataPackage } from '../../../src/lib/downloads/datapackage.ts';
import { buildDownloads } from '../../../src/lib/downloads/build.ts';
import { decodeBody } from '../../fixtures/downloads/readBack.ts';
import { SEED_FACTS, buildSeedTable, readSeedBytes } from '../../fixtures/downloads/seedTable.ts';

const PLAN_JSON = '{"title":"赣州市城市棚户区改造攻坚行动方案"}\n';

describe('hashing each download once', () => {
  it('memoHashSha256 hashes a byte array once and answers the same digest as hashSha256', () => {
    const memo = memoHashSha256();
    const body = new TextEncoder().encode('县（市、区）\r\n');
    const digest = hashSha256(body);
    expect([memo(body), memo(new Uint8Array(body)), memo('县（市、区）\r\n')]).toEqual([digest, digest, digest]);
    // Hashed once: a second ask is answered from the memo, even had the bytes changed since
    // (finished downloads never do).
    body[0] = 0;
    expect(memo(body)).toBe(digest);
    expect(hashSha256(body)).not.toBe(digest);
  });

  it('datapackage.json and SHA256SUMS hash every shared body once, with the same bytes as before', () => {
    const table = buildSeedTable();
    const files = buildDownloads(table, { planText: readSeedBytes(), planJson: PLAN_JSON, facts: SEED_FACTS });
    const data = files.filter((f) => f.path !== 'data/datapackage.json' && f.path !== 'data/SHA256SUMS' && f.path !== 'data/all.zip');
    const seen = new Map<Uint8Array | string, number>();
    const memo = memoHashSha256();
    const counting: HashBody = (body) => {
      seen.set(body, (seen.get(body) ?? 0) + 1);
      return memo(body);
    };
    const pkg = files.find((f) => f.path === 'data/datapackage.json');
    expect(writeDataPackage(table, data, SEED_FACTS, [], counting)).toBe(writeDataPackage(table, data, SEED_FACTS));
    expect(decodeBody(pkg?.body ?? '')).toBe(writeDataPackage(table, data, SEED_FACTS));
    const withPackage = files.filter((f) => f.path !== 'data/SHA256SUMS' && f.path !== 'data/all.zip');
    expect(writeSha256Sums(withPackage, counting)).toBe(writeSha256Sums(withPackage));
    // Each body was asked for twice (datapackage.json, then SHA256SUMS) and hashed once; datapackage.json once.
    expect([...seen.values()].every((n) => n <= 2)).toBe(true);
  });
});
